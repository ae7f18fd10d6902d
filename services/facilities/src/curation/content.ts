/** What curators write for facilities and organisations: the seed format without `id`. */
import { apiUncertaintiesBilingual, facilitySeed, organisationSeed } from '@edu-catalogus/seeds';
import type { z } from 'zod';

export const facilityContent = facilitySeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesBilingual });
export const facilityDraft = facilityContent.partial().required({ name: true, summary: true });
export type FacilityContent = z.output<typeof facilityContent>;

export const organisationContent = organisationSeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesBilingual });
export const organisationDraft = organisationContent.partial().required({ name: true });
export type OrganisationContent = z.output<typeof organisationContent>;

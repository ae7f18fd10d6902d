/**
 * What curators write for facilities and organisations: the seed format without `id`; and the curation workflows
 * of facilities and organisations, wired to their writes.
 */
import type { Peers } from '@edu-catalogus/kit/runtime';
import { createCuration, createReferenceChecks, type EntityAdapter } from '@edu-catalogus/kit/curation';
import { archiveFacility, writeFacility } from '../store/facility-store.ts';
import { archiveOrganisation, createOrganisationStore, writeOrganisation } from '../store/organisation-store.ts';
import { type FacilitiesDb, facilities, organisations, type Tx } from '../store/tables.ts';
import { apiUncertaintiesBilingual, facilitySeed, organisationSeed } from '@edu-catalogus/seeds';
import type { z } from 'zod';

export const facilityContent = facilitySeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesBilingual });
export const facilityDraft = facilityContent.partial().required({ name: true, summary: true });
export type FacilityContent = z.output<typeof facilityContent>;

export const organisationContent = organisationSeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesBilingual });
export const organisationDraft = organisationContent.partial().required({ name: true });
export type OrganisationContent = z.output<typeof organisationContent>;

/** The workflow engine is schema-agnostic; its transactions are this subgraph's. */
const w = (tx: unknown) => tx as Tx;

export function createFacilitiesCuration(db: FacilitiesDb, peers: Peers) {
  const references = createReferenceChecks(db, peers);
  // Organisations are this subgraph's own: a curator's must be a published one.
  const options = { organisations: async (org: string) => createOrganisationStore(db).byIds([org]).length > 0 };
  const curated = <D extends Record<string, unknown>>(adapter: EntityAdapter<D>) => createCuration(db, adapter, options);

  return {
    facility: curated({
      type: 'Facility',
      table: facilities,
      draftSchema: facilityDraft,
      publishSchema: facilityContent,
      checkReferences: async (draft) => {
        references.local(organisations, 'input.operator', 'organisation', draft.operator ? [draft.operator] : []);
        references.local(organisations, 'input.partners', 'organisation', draft.partners);
        references.local(facilities, 'input.dependsOn', 'facility', draft.dependsOn);
        await references.remote('standards', 'Standard', 'input.standards', draft.standards);
      },
      publish: (tx, id, c) => writeFacility(w(tx), id, facilityContent.parse(c)),
      archive: (tx, id) => archiveFacility(w(tx), id),
    }),
    organisation: curated({
      type: 'Organisation',
      table: organisations,
      draftSchema: organisationDraft,
      publishSchema: organisationContent,
      checkReferences: async () => {},
      publish: (tx, id, c) => writeOrganisation(w(tx), id, organisationContent.parse(c)),
      archive: (tx, id) => archiveOrganisation(w(tx), id),
    }),
  };
}
export type FacilitiesCuration = ReturnType<typeof createFacilitiesCuration>;

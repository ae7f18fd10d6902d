/** What curators write for standards: the seed format without `id`. */
import { apiUncertaintiesBilingual, standardSeed } from '@edu-catalogus/seeds';
import type { z } from 'zod';

export const standardContent = standardSeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesBilingual });
export const standardDraft = standardContent.partial().required({ name: true, summary: true });
export type StandardContent = z.output<typeof standardContent>;

/** What curators write for offerings and advice: the seed format without `id`, uncertainties in the API's shape. */
import { adviceSeed, apiUncertaintiesOfTool, offeringSeed } from '@edu-catalogus/seeds';
import type { z } from 'zod';

export const offeringContent = offeringSeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesOfTool });
export const offeringDraft = offeringContent.partial().required({ tool: true, provider: true });
export type OfferingContent = z.output<typeof offeringContent>;

export const adviceContent = adviceSeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesOfTool });
export const adviceDraft = adviceContent.partial().required({ product: true, sector: true });
export type AdviceContent = z.output<typeof adviceContent>;

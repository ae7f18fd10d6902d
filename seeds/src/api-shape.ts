/**
 * The API speaks of an uncertainty's Dutch-and-English text as `text` (`Uncertainty.text`,
 * `UncertaintyInput.text`), because `Uncertainty.note` stays the English string portals read. The
 * seed files say `note`. Curation content uses the API's shape, so a curator's form reads back
 * what it writes; these convert at the two edges (seeding in, writing the public tables out).
 */
import { z } from 'zod';
import { bilingualNote, legacyNote, type UncertaintyNote } from './schema.ts';

export type ApiUncertainty = { field: string; text: UncertaintyNote };

const apiUncertainties = (text: z.ZodType<UncertaintyNote>) => z.array(z.strictObject({ field: z.string().min(1), text })).default([]);
/** Uncertainties of a product, category, facility, standard or organisation in the API's shape. */
export const apiUncertaintiesBilingual = apiUncertainties(bilingualNote);
/** Uncertainties of a tool in the API's shape (older English-only notes still read). */
export const apiUncertaintiesOfTool = apiUncertainties(legacyNote);

export const toApiUncertainties = (list: { field: string; note: UncertaintyNote }[]): ApiUncertainty[] =>
  list.map(({ field, note }) => ({ field, text: note }));
export const fromApiUncertainties = (list: ApiUncertainty[]) => list.map(({ field, text }) => ({ field, note: text }));

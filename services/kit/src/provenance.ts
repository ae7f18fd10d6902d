/**
 * How every subgraph stores and serves an entry's uncertainties. Notes are stored as the seed
 * format gives them: `{ nl, en }`, `{ en }` (an older English-only tool note), or, in databases
 * written before notes were bilingual, a plain English string. `Uncertainty.note` stays the English
 * string portals already read; `text` carries both languages when the note has them.
 */
export type StoredNote = string | { nl?: string | undefined; en: string };
export type StoredUncertainty = { field: string; note: StoredNote };

const englishOf = (note: StoredNote) => (typeof note === 'string' ? note : note.en);

/** Resolvers of the shared `Uncertainty` type. */
export const Uncertainty = {
  note: (u: StoredUncertainty) => englishOf(u.note),
  text: (u: StoredUncertainty) => (typeof u.note !== 'string' && u.note.nl ? { nl: u.note.nl, en: u.note.en } : null),
};

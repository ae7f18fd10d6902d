/**
 * The API's validation messages (English, from zod and the SPDX parser) in the reader's language, so
 * a curator never sees a parser's raw text such as "Unexpected `G` at offset 0" on a Dutch form.
 */
import type { Ui } from '../i18n/i18n.ts';
import type { Problem } from './problems.ts';

type Words = Ui['t']['curator']['problemWords'];

const RULES: [(problem: Problem) => boolean, (words: Words, match: RegExpExecArray | null) => string, RegExp?][] = [
  [(p) => /(^|\.)expression$/.test(p.path ?? '') || /SPDX/i.test(p.message), (w) => w.spdx],
  [(p) => /received undefined|required|>=1 characters|expected string, received null/i.test(p.message), (w) => w.required],
  [(p) => /url/i.test(p.message), (w) => w.url],
  [(p) => /YYYY|date/i.test(p.message), (w) => w.date],
];

const TOO_LONG = /<=\s*(\d+) characters/;
const TOO_FEW = />=\s*(\d+) items/;

export function problemWords(problem: Problem, ui: Ui): string {
  const words = ui.t.curator.problemWords;
  for (const [applies, say] of RULES) if (applies(problem)) return say(words, null);
  const long = TOO_LONG.exec(problem.message);
  if (long) return words.tooLong(Number(long[1]));
  const few = TOO_FEW.exec(problem.message);
  if (few) return words.tooFew(Number(few[1]));
  // A message about the whole entry (a workflow rule) says more than a generic sentence would.
  return ui.lang === 'en' || problem.path === null ? problem.message : words.invalid;
}

/** The problems with their messages in the reader's language. */
export const localizeProblems = (problems: Problem[], ui: Ui): Problem[] => problems.map((p) => ({ ...p, message: problemWords(p, ui) }));

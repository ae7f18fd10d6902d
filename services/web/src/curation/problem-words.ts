/**
 * The API's validation messages (English, from zod and the SPDX parser) and its refusals (four eyes,
 * ownership, workflow order: by `extensions.reason`) in the reader's language, so a curator never sees
 * a parser's raw text such as "Unexpected `G` at offset 0" or "Four eyes: …" on a Dutch page.
 */
import type { Ui } from '../i18n/i18n.ts';
import type { Problem } from './problems.ts';

type Words = Ui['t']['curator']['problemWords'];
type Refusals = Ui['t']['curator']['refusals'];

/** A refusal by its reason, else by its code; undefined for a validation message. */
function refusalWords(problem: Problem, ui: Ui): string | undefined {
  const words: Refusals = ui.t.curator.refusals;
  const reason = problem.reason as keyof Refusals | undefined;
  const said = reason && reason in words ? words[reason] : undefined;
  if (typeof said === 'string') return said;
  if (reason === 'NOT_OWNER') return words.NOT_OWNER(problem.detail ?? '?');
  if (reason === 'NO_REFERENCE') return words.NO_REFERENCE(problem.detail ?? '?');
  if (reason === 'WRONG_STATUS') return words.WRONG_STATUS(problem.detail ? ui.label('ENTRY_STATUS', problem.detail) : '?');
  if (problem.path !== null || problem.code === undefined || problem.code === 'BAD_USER_INPUT') return undefined;
  // A refusal without a known reason: its code in words, never the API's English.
  const code = problem.code as keyof Refusals | undefined;
  const byCode = code && code in words ? words[code] : undefined;
  return typeof byCode === 'string' ? byCode : words.other;
}

const RULES: [(problem: Problem) => boolean, (words: Words, match: RegExpExecArray | null) => string, RegExp?][] = [
  [(p) => /(^|\.)expression$/.test(p.path ?? '') || /SPDX/i.test(p.message), (w) => w.spdx],
  [(p) => /received undefined|required|>=1 characters|expected string, received null/i.test(p.message), (w) => w.required],
  [(p) => /url/i.test(p.message), (w) => w.url],
  [(p) => /YYYY|date/i.test(p.message), (w) => w.date],
];

const TOO_LONG = /<=\s*(\d+) characters/;
const TOO_FEW = />=\s*(\d+) items/;

export function problemWords(problem: Problem, ui: Ui): string {
  const refusal = refusalWords(problem, ui);
  if (refusal) return refusal;
  const words = ui.t.curator.problemWords;
  for (const [applies, say] of RULES) if (applies(problem)) return say(words, null);
  const long = TOO_LONG.exec(problem.message);
  if (long) return words.tooLong(Number(long[1]));
  const few = TOO_FEW.exec(problem.message);
  if (few) return words.tooFew(Number(few[1]));
  // The site's own messages about the whole entry (no API code) are in the reader's language already.
  return ui.lang === 'en' || (problem.path === null && problem.code === undefined) ? problem.message : words.invalid;
}

/** The problems with their messages in the reader's language. */
export const localizeProblems = (problems: Problem[], ui: Ui): Problem[] => problems.map((p) => ({ ...p, message: problemWords(p, ui) }));

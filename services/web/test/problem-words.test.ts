import { describe, expect, it } from 'vitest';
import { createUi } from '../src/i18n/i18n.ts';
import { problemWords } from '../src/curation/problem-words.ts';

const nl = createUi('nl', new URL('http://site.example/'));
const en = createUi('en', new URL('http://site.example/en/'));

describe('curator messages in the reader’s language', () => {
  it('never shows a parser’s raw message for a licence expression', () => {
    const raw = { path: 'license.expression', message: '"GPL version 3" is not a valid SPDX licence expression (Unexpected `G` at offset 0)' };
    const text = problemWords(raw, nl);
    expect(text).not.toMatch(/Unexpected|offset/);
    expect(text).toContain('SPDX');
    expect(problemWords({ ...raw, path: 'license.components.0.expression' }, nl)).toBe(text);
  });

  it('says a missing value, a bad web address and a bad date in Dutch', () => {
    expect(problemWords({ path: 'name', message: 'Invalid input: expected string, received undefined' }, nl)).toBe('Vul dit veld in.');
    expect(problemWords({ path: 'homepage', message: 'Invalid URL' }, nl)).toMatch(/webadres/);
    expect(problemWords({ path: 'license.history.0.until', message: 'Expected YYYY, YYYY-MM or YYYY-MM-DD' }, nl)).toMatch(/datum/);
  });

  it('gives an unknown message a Dutch sentence, and keeps it as it is in English', () => {
    const odd = { path: 'summary.nl', message: 'Something the rules say' };
    expect(problemWords(odd, nl)).toBe('Deze waarde is niet geldig.');
    expect(problemWords(odd, en)).toBe('Something the rules say');
  });

  it('words every refusal of the API by its reason or code, never in the API’s English on a Dutch page', () => {
    const refusal = (message: string, code: string, reason?: string, detail?: string) => ({
      path: null,
      message,
      code,
      ...(reason ? { reason } : {}),
      ...(detail ? { detail } : {}),
    });
    const cases = [
      refusal('Four eyes: a curator who wrote none of the changes since Tool "x" was last published must publish it.', 'FORBIDDEN', 'FOUR_EYES'),
      refusal('Four eyes: a curator other than the one who asked must archive Tool "x".', 'FORBIDDEN', 'FOUR_EYES_ARCHIVE'),
      refusal('Only curators of surf can publish Tool "x".', 'FORBIDDEN', 'NOT_OWNER', 'surf'),
      refusal('Only an entry in review can be published; Tool "x" is DRAFT.', 'CONFLICT', 'WRONG_STATUS', 'DRAFT'),
      refusal('Tool "x" is at version 3, not 2: someone saved first. Reload and reapply your change.', 'CONFLICT', 'STALE_VERSION'),
      refusal('Something new the API says', 'FORBIDDEN'),
      refusal('Something new the API says', 'TEAPOT'),
    ];
    const dutch = cases.map((p) => problemWords(p, nl));
    for (const text of dutch) expect(text).not.toMatch(/Four eyes|Only |curator|version|Something/);
    expect(dutch[0]).toMatch(/^Vier ogen/);
    expect(dutch[2]).toContain('surf');
    expect(dutch[3]).toContain('Concept');
    expect(problemWords(cases[0]!, en)).toMatch(/^Four eyes/);
    expect(
      problemWords({ path: 'standards', message: 'there is no published standard "x"', code: 'BAD_USER_INPUT', reason: 'NO_REFERENCE', detail: 'x' }, nl),
    ).toBe('Er is geen gepubliceerd item ‘x’.');
    // The site's own Dutch sentence about the whole entry stays as it is.
    expect(problemWords({ path: null, message: 'Bevestig dat u dit item wilt archiveren.' }, nl)).toBe('Bevestig dat u dit item wilt archiveren.');
  });
});

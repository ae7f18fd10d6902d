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
});

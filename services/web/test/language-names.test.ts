import { describe, expect, it } from 'vitest';
import { languageNames } from '../src/lib/language-names.ts';

describe('language names', () => {
  it('names BCP 47 tags in the reader’s language', () => {
    expect(languageNames(['nl', 'en'], 'nl')).toBe('Nederlands, Engels');
    expect(languageNames(['nl', 'en'], 'en')).toBe('Dutch, English');
    expect(languageNames(['de', 'pt-BR'], 'nl')).toBe('Duits, Portugees (Brazilië)');
  });

  it('keeps a tag it cannot name', () => {
    expect(languageNames(['not a tag'], 'nl')).toBe('not a tag');
  });
});

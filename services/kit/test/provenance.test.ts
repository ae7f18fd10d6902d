import { describe, expect, it } from 'vitest';
import { Uncertainty } from '../src/provenance.ts';

describe('Uncertainty resolvers', () => {
  it('serve a bilingual note as English `note` and both languages in `text`', () => {
    const u = { field: 'country', note: { nl: 'Niet gecontroleerd', en: 'Not checked' } };
    expect(Uncertainty.note(u)).toBe('Not checked');
    expect(Uncertainty.text(u)).toEqual({ nl: 'Niet gecontroleerd', en: 'Not checked' });
  });

  it('serve an older English-only note (plain string or { en }) with no `text`', () => {
    expect(Uncertainty.note({ field: 'x', note: 'Old note' })).toBe('Old note');
    expect(Uncertainty.text({ field: 'x', note: 'Old note' })).toBeNull();
    expect(Uncertainty.text({ field: 'x', note: { en: 'English only' } })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { licenseFamilies, licenseFamily } from '../src/lib/license-words.ts';

describe('licences in plain words', () => {
  it('sorts single licences into families', () => {
    expect(licenseFamily('MIT')).toBe('permissive');
    expect(licenseFamily('Apache-2.0')).toBe('permissive');
    expect(licenseFamily('GPL-3.0-or-later')).toBe('copyleft');
    expect(licenseFamily('LGPL-2.1-only')).toBe('weakCopyleft');
    expect(licenseFamily('MPL-2.0')).toBe('weakCopyleft');
    expect(licenseFamily('AGPL-3.0-only')).toBe('networkCopyleft');
    expect(licenseFamily('EUPL-1.2')).toBe('networkCopyleft');
    expect(licenseFamily('CC-BY-SA-4.0')).toBe('content');
    expect(licenseFamily('CC-BY-NC-SA-4.0')).toBe('nonCommercial');
    expect(licenseFamily('LicenseRef-Element-Commercial')).toBe('other');
  });

  it('lists every family of an expression once, strictest first', () => {
    expect(licenseFamilies('MIT AND AGPL-3.0-or-later AND Apache-2.0')).toEqual(['networkCopyleft', 'permissive']);
    expect(licenseFamilies('GPL-3.0-only AND CC-BY-NC-4.0')).toEqual(['nonCommercial', 'copyleft']);
    expect(licenseFamilies('AGPL-3.0-only OR LicenseRef-Element-Commercial')).toEqual(['networkCopyleft', 'other']);
  });

  it('says "read the licence" for an expression that does not parse', () => {
    expect(licenseFamilies('GPL version 3')).toEqual(['other']);
  });
});

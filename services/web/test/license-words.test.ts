import { describe, expect, it } from 'vitest';
import { isOsiApproved } from '@edu-catalogus/seeds';
import { LICENSE_CHOICES, licenseChoiceIds, licenseChoiceOf, licenseFamilies, licenseFamily, licenseVerdict } from '../src/lib/license-words.ts';

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

describe('what a licence means for a school', () => {
  const license = (expression: string, kinds: string[] = [], osiApproved = true) => ({ expression, osiApproved, caveats: kinds.map((kind) => ({ kind })) });

  it('says in one verdict what the school may do', () => {
    expect(licenseVerdict(license('MIT')).verdict).toBe('free');
    expect(licenseVerdict(license('GPL-2.0-or-later')).verdict).toBe('share');
    expect(licenseVerdict(license('MPL-2.0')).verdict).toBe('share');
    expect(licenseVerdict(license('AGPL-3.0-only OR GPL-3.0-only OR LicenseRef-Element-Commercial')).verdict).toBe('shareOnline');
    expect(licenseVerdict(license('LicenseRef-Ubuntu-Mixed', [], false)).verdict).toBe('notOpen');
  });

  it('flags paid parts, content that is not free and a changed licence', () => {
    expect(licenseVerdict(license('AGPL-3.0-only OR LicenseRef-Mattermost-Commercial'))).toMatchObject({ paidParts: true, contentNotFree: false });
    expect(licenseVerdict(license('GPL-3.0-only', ['OPEN_CORE'])).paidParts).toBe(true);
    expect(licenseVerdict(license('GPL-3.0-only', ['NON_COMMERCIAL_PARTS'])).contentNotFree).toBe(true);
    expect(licenseVerdict(license('GPL-3.0-only AND CC-BY-NC-4.0')).contentNotFree).toBe(true);
    expect(licenseVerdict(license('MIT', ['RELICENSED'])).relicensed).toBe(true);
    expect(licenseVerdict(license('MIT'))).toMatchObject({ paidParts: false, contentNotFree: false, relicensed: false });
  });

  it('maps each plain filter choice to the OSI-approved SPDX ids the API filters on', () => {
    expect(LICENSE_CHOICES).toEqual(['free', 'share', 'shareOnline']);
    expect(licenseChoiceIds('free')).toEqual(expect.arrayContaining(['MIT', 'Apache-2.0', 'BSD-3-Clause']));
    expect(licenseChoiceIds('share')).toEqual(expect.arrayContaining(['GPL-2.0-or-later', 'GPL-3.0-only', 'LGPL-2.1-or-later', 'MPL-2.0']));
    expect(licenseChoiceIds('shareOnline')).toEqual(expect.arrayContaining(['AGPL-3.0-only', 'AGPL-3.0-or-later', 'EUPL-1.2']));
    expect(licenseChoiceIds('free')).not.toContain('GPL-3.0-only');
    for (const choice of LICENSE_CHOICES) expect(licenseChoiceIds(choice).every((id) => isOsiApproved(id))).toBe(true);
  });

  it('turns the ids of a facet back into the choices that cover them', () => {
    expect(licenseChoiceOf('AGPL-3.0-or-later')).toBe('shareOnline');
    expect(licenseChoiceOf('Apache-2.0')).toBe('free');
    expect(licenseChoiceOf('LicenseRef-X')).toBeNull();
  });
});

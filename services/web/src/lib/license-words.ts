/** Sorts the licences of an SPDX expression into the few families a school can understand. */
import { analyseLicense } from '@edu-catalogus/seeds';

export type LicenseFamily = 'nonCommercial' | 'content' | 'networkCopyleft' | 'copyleft' | 'weakCopyleft' | 'permissive' | 'other';

// First match wins: non-commercial and content licences before the software families.
const RULES: [RegExp, LicenseFamily][] = [
  [/-NC(-|$)/, 'nonCommercial'],
  [/^(CC-|CC0-|OFL-)/, 'content'],
  [/^(AGPL-|EUPL-|OSL-|RPL-)/, 'networkCopyleft'],
  [/^(GPL-|CECILL-2)/, 'copyleft'],
  [/^(LGPL-|MPL-|EPL-|CDDL-|CECILL-C|MS-RL)/, 'weakCopyleft'],
  [/^(MIT|BSD-|0BSD|Apache-|ISC|Zlib|Unlicense|PostgreSQL|BSL-1\.0|X11|Python-2\.0|NCSA|UPL-)/, 'permissive'],
];

const ORDER: LicenseFamily[] = ['nonCommercial', 'networkCopyleft', 'copyleft', 'weakCopyleft', 'permissive', 'content', 'other'];

export function licenseFamily(id: string): LicenseFamily {
  return RULES.find(([pattern]) => pattern.test(id))?.[1] ?? 'other';
}

/** The SPDX ids an expression names; none when it does not parse. */
export function licenseIds(expression: string): string[] {
  try {
    return analyseLicense(expression).ids;
  } catch {
    return [];
  }
}

/** The families of every licence the expression names, strictest first, each once. */
export function licenseFamilies(expression: string): LicenseFamily[] {
  const found = new Set(licenseIds(expression).map(licenseFamily));
  if (found.size === 0) return ['other'];
  return ORDER.filter((family) => found.has(family));
}

/** The SPDX licence page of an id, for links and JSON-LD; null for LicenseRef-s. */
export const spdxUrl = (id: string) => (id.startsWith('LicenseRef-') ? null : `https://spdx.org/licenses/${id}.html`);

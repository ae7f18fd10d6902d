/** Sorts the licences of an SPDX expression into the few families a school can understand. */
import { analyseLicense, licenseConditions, osiApprovedIds } from '@edu-catalogus/seeds';

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

/** The rules as data, for the widget (widget-config.js), so browser and server sort licences alike. */
export const LICENSE_RULES: readonly [string, LicenseFamily][] = RULES.map(([pattern, family]) => [pattern.source, family]);

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

/** What a licence lets a school do, in one verdict; the flags add what costs money or is not free. */
export type LicenseVerdict = 'free' | 'share' | 'shareOnline' | 'notOpen' | 'readLicense';

interface LicenseFacts {
  expression: string;
  osiApproved: boolean;
  caveats: readonly { kind: string }[];
}

export function licenseVerdict(license: LicenseFacts): { verdict: LicenseVerdict; paidParts: boolean; contentNotFree: boolean; relicensed: boolean } {
  const families = licenseFamilies(license.expression);
  const conditions = licenseConditions(license);
  const verdict: LicenseVerdict = !license.osiApproved
    ? 'notOpen'
    : families.includes('networkCopyleft')
      ? 'shareOnline'
      : families.includes('copyleft') || families.includes('weakCopyleft')
        ? 'share'
        : families.includes('permissive')
          ? 'free'
          : 'readLicense';
  return {
    verdict,
    paidParts: conditions.includes('PAID_PARTS'),
    contentNotFree: conditions.includes('CONTENT_NOT_FREE'),
    relicensed: license.caveats.some((c) => c.kind === 'RELICENSED'),
  };
}

/** The plain choices of the licence filter; each stands for the OSI-approved SPDX ids of its families. */
export const LICENSE_CHOICES = ['free', 'share', 'shareOnline'] as const;
export type LicenseChoice = (typeof LICENSE_CHOICES)[number];

const CHOICE_FAMILIES: Record<LicenseChoice, LicenseFamily[]> = {
  free: ['permissive'],
  share: ['copyleft', 'weakCopyleft'],
  shareOnline: ['networkCopyleft'],
};

export function licenseChoiceOf(id: string): LicenseChoice | null {
  const family = licenseFamily(id);
  return LICENSE_CHOICES.find((choice) => CHOICE_FAMILIES[choice].includes(family)) ?? null;
}

const OSI_IDS = osiApprovedIds();
const CHOICE_IDS = new Map(LICENSE_CHOICES.map((choice) => [choice, OSI_IDS.filter((id) => licenseChoiceOf(id) === choice)]));

/** The SPDX ids the API's `filter.license` gets for a choice. */
export const licenseChoiceIds = (choice: LicenseChoice): string[] => CHOICE_IDS.get(choice) ?? [];

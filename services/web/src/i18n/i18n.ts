/** Languages, localized paths and the small helpers every page uses to speak the reader's language. */
import { en } from './en.ts';
import { nl, type Messages } from './nl.ts';

export type Lang = 'nl' | 'en';
export type EnumName = keyof Messages['enums'];

const messages: Record<Lang, Messages> = { nl, en };

/** The label set of each GraphQL enum that pages and curator forms show. */
export const ENUM_LABELS: Record<string, EnumName> = {
  Sector: 'SECTOR',
  ProcessorAgreement: 'PROCESSOR_AGREEMENT',
  PriceKind: 'PRICE_KIND',
  SignInOption: 'SIGN_IN',
  Platform: 'PLATFORM',
  HostingOption: 'HOSTING',
  DevelopmentStatus: 'DEVELOPMENT_STATUS',
  Maintenance: 'MAINTENANCE',
  Fit: 'FIT',
  Certainty: 'CERTAINTY',
  LicenseScope: 'LICENSE_SCOPE',
  LicenseCaveatKind: 'LICENSE_CAVEAT',
  LicenseCondition: 'LICENSE_CONDITION',
  FacilityKind: 'FACILITY_KIND',
  FacilityStatus: 'FACILITY_STATUS',
  OrganisationKind: 'ORGANISATION_KIND',
  StandardDomain: 'STANDARD_DOMAIN',
  VersionStatus: 'VERSION_STATUS',
  ForumStatus: 'FORUM_STATUS',
  EdustandaardBeheerstatus: 'EDUSTANDAARD_BEHEERSTATUS',
  EdustandaardAdvies: 'EDUSTANDAARD_ADVIES',
  EntryStatus: 'ENTRY_STATUS',
  RevisionAction: 'REVISION_ACTION',
};

export interface Ui {
  lang: Lang;
  t: Messages;
  /** A site path in this language: `/tools/moodle` -> `/en/tools/moodle`. */
  href: (path: string, query?: URLSearchParams | Record<string, string>) => string;
  /** The label of an enum value, or the value itself when the label is missing. */
  label: (name: EnumName, value: string) => string;
  /** The label of a value of a GraphQL enum (`Sector`), or the value itself. */
  enumLabel: (graphqlEnum: string, value: string) => string;
  /** A curator form field's label by its input field name; unknown names are spelled out. */
  fieldLabel: (name: string) => string;
  /** The reader's language of a localized text, falling back to Dutch. */
  text: (value: { nl: string; en?: string | null } | null | undefined) => string;
  list: (value: { nl: string[]; en?: string[] | null } | null | undefined) => string[];
  date: (iso: string) => string;
  /** A date of the seed format, as precise as it is: `2026` -> 2026, `2026-10` -> oktober 2026. */
  partialDate: (value: string) => string;
  /** Date and time, for revisions. */
  dateTime: (iso: string) => string;
  /** An absolute URL of a localized path, for canonical links and JSON-LD. */
  absolute: (path: string) => string;
  /** The current page (path and query) in the other language. */
  alternate: { lang: Lang; href: string };
  /** The current page's path without the language prefix (`/tools/moodle`). */
  path: string;
}

/** `/en/tools/x` -> `{ lang: 'en', path: '/tools/x' }`; paths without the prefix are Dutch. */
export function splitLanguage(pathname: string): { lang: Lang; path: string } {
  if (pathname === '/en' || pathname.startsWith('/en/')) return { lang: 'en', path: pathname.slice(3) || '/' };
  return { lang: 'nl', path: pathname };
}

/**
 * A path in a language. Leading slashes and backslashes collapse into one, since a browser reads
 * `//host` and `/\host` as another site: `/en//evil.example/?lang=nl` must not redirect there.
 */
export function localizedPath(lang: Lang, rawPath: string): string {
  const path = rawPath.replace(/^[/\\]+/, '/');
  if (lang === 'nl') return path;
  return path === '/' ? '/en/' : `/en${path}`;
}

export function createUi(lang: Lang, url: URL): Ui {
  const t = messages[lang];
  const { path } = splitLanguage(url.pathname);
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  const monthFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  const format = (formatter: Intl.DateTimeFormat) => (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
  };
  return {
    lang,
    t,
    href: (path, query) => {
      const search = query ? new URLSearchParams(query).toString() : '';
      return localizedPath(lang, path) + (search ? `?${search}` : '');
    },
    label: (name, value) => (t.enums[name] as Record<string, string>)[value] ?? value,
    enumLabel: (graphqlEnum, value) => {
      const name = ENUM_LABELS[graphqlEnum];
      return name ? ((t.enums[name] as Record<string, string>)[value] ?? value) : value;
    },
    fieldLabel: (name) => t.fields[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(),
    text: (value) => (value ? (lang === 'en' && value.en ? value.en : value.nl) : ''),
    list: (value) => (value ? (lang === 'en' && value.en ? value.en : value.nl) : []),
    date: format(dateFormat),
    partialDate: (value: string) => {
      if (/^\d{4}$/.test(value)) return value;
      if (/^\d{4}-\d{2}$/.test(value)) return monthFormat.format(new Date(`${value}-15T12:00:00Z`));
      return format(dateFormat)(value);
    },
    dateTime: format(dateTimeFormat),
    absolute: (p) => new URL(localizedPath(lang, p), url.origin).href,
    alternate: { lang: other, href: localizedPath(other, path) + url.search },
    path,
  };
}

/**
 * The data-quality report of `npm run check -w seeds`: how much of what a school decides on the
 * catalogue actually records. Pure functions over a loaded catalogue, so the rules are unit-tested;
 * the rules themselves are described in ../README.md ("Coverage").
 */
import type { Catalogue } from './load.ts';
import type { ToolSeed } from './schema.ts';

/** Forges that host many projects: there a project is its owner (first path segment), not the host. */
const SHARED_FORGES = new Set(['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org', 'sourceforge.net', 'framagit.org', 'salsa.debian.org']);
/** Second-level labels under which registrations sit one level deeper (`example.co.uk`). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** `docs.moodle.org` -> `moodle.org`; `www.example.co.uk` -> `example.co.uk`. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** What a URL says about who published it: its site, or `forge/owner` on a shared forge or `*.github.io`. */
export function publisherOf(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  let host = u.hostname.toLowerCase().replace(/^www\./, '');
  const [owner] = u.pathname.split('/').filter(Boolean);
  if (host === 'raw.githubusercontent.com' || host === 'gist.github.com') host = 'github.com';
  if (host.endsWith('.github.io')) return `github.com/${host.slice(0, -'.github.io'.length).toLowerCase()}`;
  if (host.endsWith('.gitlab.io')) return `gitlab.com/${host.slice(0, -'.gitlab.io'.length).toLowerCase()}`;
  if (SHARED_FORGES.has(host)) return owner ? `${host}/${owner.toLowerCase()}` : host;
  return siteOf(host);
}

/**
 * A source is independent when its publisher is neither the tool's homepage site nor its
 * repository's site (on a shared forge: the repository's owner, its project organisation).
 */
export function independentSources(tool: Pick<ToolSeed, 'homepage' | 'repository' | 'sources'>): string[] {
  const own = new Set([tool.homepage, tool.repository].filter((u): u is string => !!u).map(publisherOf));
  return tool.sources
    .map((s) => s.url)
    .filter((url) => {
      const publisher = publisherOf(url);
      return publisher !== null && !own.has(publisher);
    });
}

const LICENCE_FILE = /^((licen[cs]e|copying|copyright|unlicense|notice)([._-][\w.-]*)?|[\w.-]*licen[cs](e|ing)[\w.-]*\.(md|txt|rst))$/i;
const MANIFEST =
  /^(package\.json|pyproject\.toml|setup\.py|setup\.cfg|composer\.json|cargo\.toml|pom\.xml|build\.gradle(\.kts)?|info\.xml|library\.json|reuse\.toml|dep5|description|meta\.json|.+\.gemspec|.+\.cabal|.+\.nuspec)$/i;

/** A licence file, a `LICENSES/` folder, `debian/copyright` or a package manifest that states the licence. */
export function isLicenceFileUrl(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  const segments = u.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  const last = segments.at(-1) ?? '';
  return LICENCE_FILE.test(last) || MANIFEST.test(last) || segments.slice(0, -1).some((s) => /^licenses$/i.test(s));
}

const HEADER_FILE = /^(readme([._-][\w.-]*)?|.+\.(c|cc|cpp|h|hpp|php|js|jsm|mjs|ts|py|rb|java|kt|rs|go|cs|pl|pm|lua|vala|qml|xml))$/i;
const NAMES_A_LICENCE = /licen[cs]|licentie|spdx|\b(a|l)?gpl|\bmpl\b|\bmit\b|apache|\bbsd\b|eupl/i;

/**
 * A source file or README cited for the licence it states (an SPDX or licence header, a README's
 * licence section): a repository file whose source title names the licence.
 */
export function isLicenceHeaderSource(source: { url: string; title?: string | undefined }): boolean {
  const u = parse(source.url);
  const last = u ? decodeURIComponent(u.pathname.split('/').filter(Boolean).at(-1) ?? '') : '';
  return HEADER_FILE.test(last) && NAMES_A_LICENCE.test(source.title ?? '');
}

export const hasLicenceFileSource = (tool: Pick<ToolSeed, 'sources' | 'license'>) =>
  tool.license.noLicenseFile !== undefined || tool.sources.some((s) => isLicenceFileUrl(s.url) || isLicenceHeaderSource(s));

export const hasPrivacyFacts = (tool: Pick<ToolSeed, 'privacy'>) => !!tool.privacy?.dataLocation && !!tool.privacy?.processorAgreement;

/** Not checked in the 12 months before `now` (or never). */
export function isStale(verifiedAt: string | undefined, now: Date): boolean {
  if (!verifiedAt) return true;
  const yearAgo = new Date(now);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  return verifiedAt < yearAgo.toISOString().slice(0, 10);
}

export interface CoverageRow {
  check: string;
  /** The entries the check failed for. */
  ids: string[];
  /** How many entries the check looked at. */
  of: number;
}

type Entry = { id: string; certainty: string; verifiedAt?: string | undefined };

/** Every check of the report, each with the ids it failed for. */
export function coverage(c: Catalogue, now = new Date()): CoverageRow[] {
  const all: [string, Entry[]][] = [
    ['tools', c.tools],
    ['products', c.products],
    ['categories', c.categories],
    ['facilities', c.facilities],
    ['standards', c.standards],
    ['organisations', c.organisations],
  ];
  const tools = (check: string, fails: (t: ToolSeed) => boolean): CoverageRow => ({ check, ids: c.tools.filter(fails).map((t) => t.id), of: c.tools.length });
  const replaced = new Set(c.tools.flatMap((t) => t.replaces.map((r) => r.product)));
  return [
    tools('tools without an independent source', (t) => independentSources(t).length === 0),
    tools('tools without privacy facts (data location and processor agreement)', (t) => !hasPrivacyFacts(t)),
    tools('tools without a standard or facility link', (t) => t.standards.length === 0 && t.facilities.length === 0),
    tools('tools without a licence-file source or noLicenseFile', (t) => !hasLicenceFileSource(t)),
    ...all.map(([type, list]) => ({
      check: `${type} not verified in the last 12 months`,
      ids: list.filter((e) => isStale(e.verifiedAt, now)).map((e) => e.id),
      of: list.length,
    })),
    { check: 'products without an alternative', ids: c.products.filter((p) => !replaced.has(p.id)).map((p) => p.id), of: c.products.length },
    ...all.map(([type, list]) => ({ check: `${type} UNCERTAIN`, ids: list.filter((e) => e.certainty === 'UNCERTAIN').map((e) => e.id), of: list.length })),
  ];
}

/** Entries per type and the checks, as an aligned plain-text table. */
export function formatCoverage(c: Catalogue, rows: CoverageRow[]): string {
  const counts = Object.entries(c).map(([type, list]) => [`${type}`, String((list as unknown[]).length), ''] as const);
  const checks = rows.map((r) => [r.check, `${r.ids.length} / ${r.of}`, r.of ? `${Math.round((100 * r.ids.length) / r.of)}%` : ''] as const);
  const table = [['entries', 'count', ''] as const, ...counts, ['check', 'failing', 'share'] as const, ...checks];
  const width = [0, 1, 2].map((i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) => `${row[0]!.padEnd(width[0]!)}  ${row[1]!.padStart(width[1]!)}  ${row[2]!.padStart(width[2]!)}`.trimEnd();
  const rule = '-'.repeat(width[0]! + width[1]! + width[2]! + 4);
  return [line(table[0]!), rule, ...counts.map(line), '', line(table[counts.length + 1]!), rule, ...checks.map(line)].join('\n');
}

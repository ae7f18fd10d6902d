/** All SQL for standards: by id, filtered listing, versions, sectors, by maintainer, publish and archive. */
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { InputError } from '@edu-catalogus/kit/runtime';
import { isPostgres, type PageQuery, publishedPage } from '@edu-catalogus/kit/data';
import { fromApiUncertainties, type StandardSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { queryable, type StandardsStoreDb, standardsTablesOf } from './dialect.ts';
import type { StandardsPgDb } from './pg-open.ts';
import { createPgStandardSearch } from './search/pg-standard-search.ts';
import { createStandardSearch } from './search/standard-search.ts';
import type { StandardRow, StandardsDb, StandardVersionRow, Tx } from './tables.ts';

export type { StandardsDb, StandardsStoreDb };

export interface StandardFilter {
  domain?: readonly string[] | null;
  maintainer?: readonly string[] | null;
  sector?: readonly string[] | null;
  forumStatus?: readonly string[] | null;
  edustandaardAdvice?: readonly string[] | null;
  international?: boolean | null;
}

/** The standards' text search of the store: kit's search thread on SQLite, the shared documents table on PostgreSQL. */
const searchOf = (db: StandardsStoreDb) => (isPostgres(db) ? createPgStandardSearch(db as StandardsPgDb) : createStandardSearch(db as StandardsDb));

export function createStandardStore(db: StandardsStoreDb) {
  const q = queryable(db);
  const { standards, standardSectors, standardVersions } = standardsTablesOf(db);
  const published = eq(standards.status, 'PUBLISHED');
  const search = searchOf(db);
  const filterConditions = (filter: StandardFilter | null | undefined): SQL[] => {
    const conditions: SQL[] = [];
    if (!filter) return conditions;
    const columns = {
      domain: standards.domain,
      maintainer: standards.maintainerId,
      forumStatus: standards.forumStatus,
      edustandaardAdvice: standards.edustandaardAdvice,
    } as const;
    for (const key of Object.keys(columns) as (keyof typeof columns)[]) {
      const values = filter[key];
      if (values == null) continue;
      if (values.length === 0) throw new InputError(`filter.${key}`, `filter.${key} must name at least one value`);
      conditions.push(inArray(columns[key], [...values]));
    }
    if (filter.sector != null) {
      if (filter.sector.length === 0) throw new InputError('filter.sector', 'filter.sector must name at least one value');
      const inSector = q
        .select({ id: standardSectors.standardId })
        .from(standardSectors)
        .where(inArray(standardSectors.sector, [...filter.sector]));
      conditions.push(inArray(standards.id, inSector));
    }
    if (filter.international != null) conditions.push(eq(standards.international, filter.international));
    return conditions;
  };

  return {
    async byIds(ids: readonly string[]): Promise<StandardRow[]> {
      if (ids.length === 0) return [];
      return q
        .select()
        .from(standards)
        .where(and(inArray(standards.id, [...ids]), published));
    },

    async list(query: PageQuery & { search?: string | null; filter?: StandardFilter | null }) {
      // Resolving the search text (typo correction, rebuilding the index after a write) runs in the search
      // thread on SQLite, in the database on PostgreSQL.
      const text = await search.condition(standards.id as never, query.search);
      return publishedPage(db, standards, query, [text, ...filterConditions(query.filter)]);
    },

    async versionsByStandardIds(ids: readonly string[]): Promise<Map<string, StandardVersionRow[]>> {
      const rows = await q
        .select()
        .from(standardVersions)
        .where(inArray(standardVersions.standardId, [...ids]))
        .orderBy(asc(standardVersions.standardId), asc(standardVersions.position));
      const byStandard = new Map<string, StandardVersionRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byStandard.get(row.standardId)?.push(row);
      return byStandard;
    },

    async sectorsByStandardIds(ids: readonly string[]): Promise<Map<string, string[]>> {
      const rows = await q
        .select()
        .from(standardSectors)
        .where(inArray(standardSectors.standardId, [...ids]))
        .orderBy(asc(standardSectors.standardId), asc(standardSectors.position));
      const byStandard = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const row of rows) byStandard.get(row.standardId)?.push(row.sector);
      return byStandard;
    },

    /** The standards per maintaining organisation: published ones, or (`status`) the archived ones pages still name. */
    async byMaintainerIds(ids: readonly string[], status: 'PUBLISHED' | 'ARCHIVED' = 'PUBLISHED'): Promise<Map<string, StandardRow[]>> {
      const rows = await q
        .select()
        .from(standards)
        .where(and(inArray(standards.maintainerId, [...ids]), eq(standards.status, status)))
        .orderBy(asc(standards.name));
      const byMaintainer = new Map<string, StandardRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byMaintainer.get(row.maintainerId)?.push(row);
      return byMaintainer;
    },
  };
}
export type StandardStore = ReturnType<typeof createStandardStore>;

/** Publishes a standard's content into the public tables (seeding goes through here too), in the caller's transaction. */
export async function writeStandard(into: Tx, id: string, s: PublishedContent<StandardSeed>): Promise<void> {
  const tx = queryable(into);
  const { standards, standardSectors, standardVersions } = standardsTablesOf(into);
  const row = {
    id,
    name: s.name,
    acronym: s.acronym ?? null,
    maintainerId: s.maintainer,
    domain: s.domain,
    summary: s.summary,
    description: s.description ?? null,
    specificationUrl: s.specificationUrl ?? null,
    international: s.international,
    forumStatus: s.dutchStatus.forumStandaardisatie?.status ?? null,
    edustandaardAdvice: s.dutchStatus.edustandaard?.gebruiksadvies ?? null,
    dutchStatus: s.dutchStatus,
    sources: s.sources,
    certainty: s.certainty,
    uncertainties: fromApiUncertainties(s.uncertainties),
    verifiedAt: s.verifiedAt,
    status: 'PUBLISHED',
  };
  await upsertPublished(tx, standards, row);
  await tx.delete(standardVersions).where(eq(standardVersions.standardId, id));
  await tx.delete(standardSectors).where(eq(standardSectors.standardId, id));
  const versions = s.versions.map((v, position) => ({ standardId: id, version: v.version, lifecycle: v.status, date: v.date ?? null, position }));
  if (versions.length > 0) await tx.insert(standardVersions).values(versions);
  const sectors = s.sectors.map((sector, position) => ({ standardId: id, sector, position }));
  if (sectors.length > 0) await tx.insert(standardSectors).values(sectors);
}

/** Archived standards stay (history, links) but no longer reach anonymous readers. */
export const archiveStandard = (tx: Tx, id: string) => archiveRow(tx, standardsTablesOf(tx).standards, id);

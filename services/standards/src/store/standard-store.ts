/** All SQL for standards: by id, filtered listing, versions, sectors, by maintainer, publish and archive. */
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { InputError } from '@edu-catalogus/kit/runtime';
import { type PageQuery, publishedPage } from '@edu-catalogus/kit/data';
import { fromApiUncertainties, type StandardSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { createStandardSearch } from './search/standard-search.ts';
import { type StandardRow, type StandardsDb, type StandardVersionRow, standardSectors, standards, standardVersions, type Tx } from './tables.ts';

export type { StandardsDb };

export interface StandardFilter {
  domain?: readonly string[] | null;
  maintainer?: readonly string[] | null;
  sector?: readonly string[] | null;
  forumStatus?: readonly string[] | null;
  edustandaardAdvice?: readonly string[] | null;
  international?: boolean | null;
}

const published = eq(standards.status, 'PUBLISHED');
export function createStandardStore(db: StandardsDb) {
  const search = createStandardSearch(db);
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
      const inSector = db
        .select({ id: standardSectors.standardId })
        .from(standardSectors)
        .where(inArray(standardSectors.sector, [...filter.sector]));
      conditions.push(inArray(standards.id, inSector));
    }
    if (filter.international != null) conditions.push(eq(standards.international, filter.international));
    return conditions;
  };

  return {
    byIds(ids: readonly string[]): StandardRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(standards)
        .where(and(inArray(standards.id, [...ids]), published))
        .all();
    },

    async list(query: PageQuery & { search?: string | null; filter?: StandardFilter | null }) {
      // Resolving the search text (typo correction, rebuilding the index after a write) runs in the search thread.
      const text = await search.condition(standards.id, query.search);
      return publishedPage(db, standards, query, [text, ...filterConditions(query.filter)]);
    },

    versionsByStandardIds(ids: readonly string[]): Map<string, StandardVersionRow[]> {
      const rows = db
        .select()
        .from(standardVersions)
        .where(inArray(standardVersions.standardId, [...ids]))
        .orderBy(asc(standardVersions.standardId), asc(standardVersions.position))
        .all();
      const byStandard = new Map<string, StandardVersionRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byStandard.get(row.standardId)?.push(row);
      return byStandard;
    },

    sectorsByStandardIds(ids: readonly string[]): Map<string, string[]> {
      const rows = db
        .select()
        .from(standardSectors)
        .where(inArray(standardSectors.standardId, [...ids]))
        .orderBy(asc(standardSectors.standardId), asc(standardSectors.position))
        .all();
      const byStandard = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const row of rows) byStandard.get(row.standardId)?.push(row.sector);
      return byStandard;
    },

    byMaintainerIds(ids: readonly string[]): Map<string, StandardRow[]> {
      const rows = db
        .select()
        .from(standards)
        .where(and(inArray(standards.maintainerId, [...ids]), published))
        .orderBy(asc(standards.name))
        .all();
      const byMaintainer = new Map<string, StandardRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byMaintainer.get(row.maintainerId)?.push(row);
      return byMaintainer;
    },
  };
}
export type StandardStore = ReturnType<typeof createStandardStore>;

/** Publishes a standard's content into the public tables (seeding goes through here too). */
export function writeStandard(tx: Tx, id: string, s: PublishedContent<StandardSeed>): void {
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
  upsertPublished(tx, standards, row);
  tx.delete(standardVersions).where(eq(standardVersions.standardId, id)).run();
  tx.delete(standardSectors).where(eq(standardSectors.standardId, id)).run();
  for (const [position, v] of s.versions.entries()) {
    tx.insert(standardVersions)
      .values({ standardId: id, version: v.version, lifecycle: v.status, date: v.date ?? null, position })
      .run();
  }
  for (const [position, sector] of s.sectors.entries()) tx.insert(standardSectors).values({ standardId: id, sector, position }).run();
}

/** Archived standards stay (history, links) but no longer reach anonymous readers. */
export const archiveStandard = (tx: Tx, id: string) => archiveRow(tx, standards, id);

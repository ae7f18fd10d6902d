/** All SQL for standards: by id, filtered listing, versions, sectors, by maintainer. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { orderedPage, type EntryOrder, changedSinceCondition, createRebuiltTextSearch, InputError, pageSize, toConnection, type Db } from '@edu-catalogus/kit';
import type * as schema from './schema.ts';
import { standards, standardSectors, standardVersions, type Localized, type StandardRow, type StandardVersionRow } from './schema.ts';

export type StandardsDb = Db<typeof schema>;

export interface StandardFilter {
  domain?: readonly string[] | null;
  maintainer?: readonly string[] | null;
  sector?: readonly string[] | null;
  forumStatus?: readonly string[] | null;
  edustandaardAdvice?: readonly string[] | null;
  international?: boolean | null;
}

const published = eq(standards.status, 'PUBLISHED');
const both = (text: Localized | null | undefined) => (text ? [text.nl, text.en ?? ''].join('\n') : '');

/** The search index of standards (migration 0002_search): rebuilt when a standard changes. */
function createStandardSearch(db: StandardsDb) {
  return createRebuiltTextSearch(db, 'standards_search', {
    signature: sql`SELECT count(*) || '/' || max(${standards.updatedAt}) || '/' || total(${standards.version}) || '/' || total(${standards.status} = 'PUBLISHED') AS s FROM ${standards}`,
    documents: (tx) =>
      tx
        .select()
        .from(standards)
        .where(published)
        .all()
        .map((s) => ({ id: s.id, name: s.name, acronym: s.acronym ?? '', summary: both(s.summary), description: both(s.description) })),
  });
}

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

    list(query: {
      search?: string | null;
      filter?: StandardFilter | null;
      first?: number | null;
      after?: string | null;
      changedSince?: Date | null;
      orderBy?: EntryOrder | null;
    }) {
      const first = pageSize(query.first, 20);
      const where = and(
        published,
        search.condition(standards.id, query.search),
        ...filterConditions(query.filter),
        changedSinceCondition(standards.updatedAt, query.changedSince),
      );
      const order = orderedPage<typeof standards.$inferSelect>(query.orderBy, query.after, standards);
      const rows = db
        .select()
        .from(standards)
        .where(and(where, order.condition))
        .orderBy(...order.orderBy)
        .limit(first + 1)
        .all();
      const [{ count } = { count: 0 }] = db.select({ count: sql<number>`count(*)` }).from(standards).where(where).all();
      return toConnection(rows, first, count, order.positionOf);
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

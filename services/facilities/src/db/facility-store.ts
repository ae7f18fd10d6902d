/** All SQL for facilities: by id, filtered listing, links (sector, partner, dependsOn, standard). */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { orderedPage, type EntryOrder, changedSinceCondition, createRebuiltTextSearch, InputError, pageSize, toConnection, type Db } from '@edu-catalogus/kit';
import type * as schema from './schema.ts';
import { facilities, facilityLinks, organisations, type FacilityRow, type Localized } from './schema.ts';

export type FacilitiesDb = Db<typeof schema>;
export const FACILITY_LINKS = ['sector', 'partner', 'dependsOn', 'standard'] as const;
export type FacilityLink = (typeof FACILITY_LINKS)[number];

export interface FacilityFilter {
  kind?: readonly string[] | null;
  status?: readonly string[] | null;
  operator?: readonly string[] | null;
  sector?: readonly string[] | null;
  standard?: readonly string[] | null;
}

const published = eq(facilities.status, 'PUBLISHED');
const both = (...texts: (Localized | null | undefined)[]) => texts.flatMap((t) => (t ? [t.nl, t.en ?? ''] : [])).join('\n');

/** The search index of facilities (migration 0002_search): rebuilt when a facility or organisation changes. */
function createFacilitySearch(db: FacilitiesDb) {
  const signature = (table: typeof facilities | typeof organisations) =>
    sql`SELECT count(*) || '/' || max(${table.updatedAt}) || '/' || total(${table.version}) || '/' || total(${table.status} = 'PUBLISHED') FROM ${table}`;
  return createRebuiltTextSearch(db, 'facilities_search', {
    signature: sql`SELECT (${signature(facilities)}) AS f, (${signature(organisations)}) AS o`,
    documents: (tx) =>
      tx
        .select({ facility: facilities, operator: organisations.name, operatorShort: organisations.shortName })
        .from(facilities)
        .leftJoin(organisations, eq(organisations.id, facilities.operatorId))
        .where(published)
        .all()
        .map(({ facility: f, operator, operatorShort }) => ({
          id: f.id,
          name: f.name,
          acronym: f.acronym ?? '',
          operator: [operator, operatorShort].filter(Boolean).join(' '),
          summary: both(f.summary),
          description: both(f.description, f.howToConnect),
        })),
  });
}

export function createFacilityStore(db: FacilitiesDb) {
  const search = createFacilitySearch(db);
  const linked = (dimension: FacilityLink, values: readonly string[]) =>
    inArray(
      facilities.id,
      db
        .select({ id: facilityLinks.facilityId })
        .from(facilityLinks)
        .where(and(eq(facilityLinks.dimension, dimension), inArray(facilityLinks.value, [...values]))),
    );

  const filterConditions = (filter: FacilityFilter | null | undefined): SQL[] => {
    const conditions: SQL[] = [];
    const columns = { kind: facilities.kind, status: facilities.lifecycle, operator: facilities.operatorId } as const;
    for (const [key, values] of Object.entries(filter ?? {}) as [keyof FacilityFilter, readonly string[] | null][]) {
      if (values == null) continue;
      if (values.length === 0) throw new InputError(`filter.${key}`, `filter.${key} must name at least one value`);
      conditions.push(key === 'sector' || key === 'standard' ? linked(key, values) : inArray(columns[key], [...values]));
    }
    return conditions;
  };

  return {
    byIds(ids: readonly string[]): FacilityRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(facilities)
        .where(and(inArray(facilities.id, [...ids]), published))
        .all();
    },

    list(query: {
      search?: string | null;
      filter?: FacilityFilter | null;
      first?: number | null;
      after?: string | null;
      changedSince?: Date | null;
      orderBy?: EntryOrder | null;
    }) {
      const first = pageSize(query.first, 20);
      const where = and(
        published,
        search.condition(facilities.id, query.search),
        ...filterConditions(query.filter),
        changedSinceCondition(facilities.updatedAt, query.changedSince),
      );
      const order = orderedPage<typeof facilities.$inferSelect>(query.orderBy, query.after, facilities);
      const rows = db
        .select()
        .from(facilities)
        .where(and(where, order.condition))
        .orderBy(...order.orderBy)
        .limit(first + 1)
        .all();
      const [{ count } = { count: 0 }] = db.select({ count: sql<number>`count(*)` }).from(facilities).where(where).all();
      return toConnection(rows, first, count, order.positionOf);
    },

    /** Values of one link per facility, in seed order. */
    linksByFacilityIds(dimension: FacilityLink, ids: readonly string[]): Map<string, string[]> {
      const rows = db
        .select({ facilityId: facilityLinks.facilityId, value: facilityLinks.value })
        .from(facilityLinks)
        .where(and(eq(facilityLinks.dimension, dimension), inArray(facilityLinks.facilityId, [...ids])))
        .orderBy(asc(facilityLinks.facilityId), asc(facilityLinks.position))
        .all();
      const byFacility = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const row of rows) byFacility.get(row.facilityId)?.push(row.value);
      return byFacility;
    },

    /** Published facilities per value of one link (e.g. the facilities using each standard). */
    facilitiesByLinkValues(dimension: FacilityLink, values: readonly string[]): Map<string, FacilityRow[]> {
      const rows = db
        .select({ value: facilityLinks.value, facility: facilities })
        .from(facilityLinks)
        .innerJoin(facilities, eq(facilities.id, facilityLinks.facilityId))
        .where(and(eq(facilityLinks.dimension, dimension), inArray(facilityLinks.value, [...values]), published))
        .orderBy(asc(facilities.name))
        .all();
      const byValue = new Map<string, FacilityRow[]>(values.map((v) => [v, []]));
      for (const row of rows) byValue.get(row.value)?.push(row.facility);
      return byValue;
    },

    byOperatorIds(ids: readonly string[]): Map<string, FacilityRow[]> {
      const rows = db
        .select()
        .from(facilities)
        .where(and(inArray(facilities.operatorId, [...ids]), published))
        .orderBy(asc(facilities.name))
        .all();
      const byOperator = new Map<string, FacilityRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byOperator.get(row.operatorId)?.push(row);
      return byOperator;
    },
  };
}
export type FacilityStore = ReturnType<typeof createFacilityStore>;

/** All SQL for facilities: by id, filtered listing, links (sector, partner, dependsOn, standard), publish and archive. */
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { InputError } from '@edu-catalogus/kit/runtime';
import { isPostgres, type PageQuery, publishedPage } from '@edu-catalogus/kit/data';
import { type FacilitySeed, fromApiUncertainties } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { type FacilitiesStoreDb, facilitiesTablesOf, queryable } from './dialect.ts';
import type { FacilitiesPgDb } from './pg-open.ts';
import { createFacilitySearch } from './search/facility-search.ts';
import { createPgFacilitySearch } from './search/pg-facility-search.ts';
import type { FacilitiesDb, FacilityRow, Tx } from './tables.ts';

export type { FacilitiesDb, FacilitiesStoreDb };
export const FACILITY_LINKS = ['sector', 'partner', 'dependsOn', 'standard'] as const;
export type FacilityLink = (typeof FACILITY_LINKS)[number];

export interface FacilityFilter {
  kind?: readonly string[] | null;
  status?: readonly string[] | null;
  operator?: readonly string[] | null;
  sector?: readonly string[] | null;
  standard?: readonly string[] | null;
}

/** Which facilities a relation lists: the published ones, or the archived ones a page names as archived. */
type ListedStatus = 'PUBLISHED' | 'ARCHIVED';

/** The facilities' text search of the store: kit's search thread on SQLite, the shared documents table on PostgreSQL. */
const searchOf = (db: FacilitiesStoreDb) => (isPostgres(db) ? createPgFacilitySearch(db as FacilitiesPgDb) : createFacilitySearch(db as FacilitiesDb));

export function createFacilityStore(db: FacilitiesStoreDb) {
  const q = queryable(db);
  const { facilities, facilityLinks } = facilitiesTablesOf(db);
  const search = searchOf(db);
  const linked = (dimension: FacilityLink, values: readonly string[]) =>
    inArray(
      facilities.id,
      q
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
    async byIds(ids: readonly string[], status: ListedStatus = 'PUBLISHED'): Promise<FacilityRow[]> {
      if (ids.length === 0) return [];
      return q
        .select()
        .from(facilities)
        .where(and(inArray(facilities.id, [...ids]), eq(facilities.status, status)));
    },

    async list(query: PageQuery & { search?: string | null; filter?: FacilityFilter | null }) {
      // Resolving the search text: in the search thread on SQLite (typo correction, rebuilding the index after a write), in SQL on PostgreSQL.
      const text = await search.condition(facilities.id as never, query.search);
      return publishedPage(db, facilities, query, [text, ...filterConditions(query.filter)]);
    },

    /** Values of one link per facility, in seed order. */
    async linksByFacilityIds(dimension: FacilityLink, ids: readonly string[]): Promise<Map<string, string[]>> {
      const rows = await q
        .select({ facilityId: facilityLinks.facilityId, value: facilityLinks.value })
        .from(facilityLinks)
        .where(and(eq(facilityLinks.dimension, dimension), inArray(facilityLinks.facilityId, [...ids])))
        .orderBy(asc(facilityLinks.facilityId), asc(facilityLinks.position));
      const byFacility = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const row of rows) byFacility.get(row.facilityId)?.push(row.value);
      return byFacility;
    },

    /** Published facilities per value of one link (e.g. the facilities using each standard). */
    async facilitiesByLinkValues(dimension: FacilityLink, values: readonly string[], status: ListedStatus = 'PUBLISHED'): Promise<Map<string, FacilityRow[]>> {
      const rows = await q
        .select({ value: facilityLinks.value, facility: facilities })
        .from(facilityLinks)
        .innerJoin(facilities, eq(facilities.id, facilityLinks.facilityId))
        .where(and(eq(facilityLinks.dimension, dimension), inArray(facilityLinks.value, [...values]), eq(facilities.status, status)))
        .orderBy(asc(facilities.name), asc(facilities.id));
      const byValue = new Map<string, FacilityRow[]>(values.map((v) => [v, []]));
      for (const row of rows) byValue.get(row.value)?.push(row.facility);
      return byValue;
    },

    async byOperatorIds(ids: readonly string[], status: ListedStatus = 'PUBLISHED'): Promise<Map<string, FacilityRow[]>> {
      const rows = await q
        .select()
        .from(facilities)
        .where(and(inArray(facilities.operatorId, [...ids]), eq(facilities.status, status)))
        .orderBy(asc(facilities.name), asc(facilities.id));
      const byOperator = new Map<string, FacilityRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byOperator.get(row.operatorId)?.push(row);
      return byOperator;
    },
  };
}
export type FacilityStore = ReturnType<typeof createFacilityStore>;

/** Publishes a facility's content into the public tables (seeding goes through here too). */
export async function writeFacility(tx: Tx, id: string, f: PublishedContent<FacilitySeed>): Promise<void> {
  const row = {
    id,
    name: f.name,
    acronym: f.acronym ?? null,
    kind: f.kind,
    lifecycle: f.status,
    operatorId: f.operator,
    homepage: f.homepage ?? null,
    summary: f.summary,
    description: f.description ?? null,
    howToConnect: f.howToConnect ?? null,
    sources: f.sources,
    certainty: f.certainty,
    uncertainties: fromApiUncertainties(f.uncertainties),
    verifiedAt: f.verifiedAt,
    status: 'PUBLISHED',
  };
  const { facilities, facilityLinks } = facilitiesTablesOf(tx);
  const q = queryable(tx);
  await upsertPublished(tx, facilities, row);
  await q.delete(facilityLinks).where(eq(facilityLinks.facilityId, id));
  const links = { sector: f.sectors, partner: f.partners, dependsOn: f.dependsOn, standard: f.standards };
  const values = Object.entries(links).flatMap(([dimension, list]) => list.map((value, position) => ({ facilityId: id, dimension, value, position })));
  if (values.length > 0) await q.insert(facilityLinks).values(values);
}

export const archiveFacility = (tx: Tx, id: string) => archiveRow(tx, facilitiesTablesOf(tx).facilities, id);

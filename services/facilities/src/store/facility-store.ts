/** All SQL for facilities: by id, filtered listing, links (sector, partner, dependsOn, standard), publish and archive. */
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { InputError } from '@edu-catalogus/kit/runtime';
import { type PageQuery, publishedPage } from '@edu-catalogus/kit/data';
import { type FacilitySeed, fromApiUncertainties } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { createFacilitySearch } from './search/facility-search.ts';
import { type FacilitiesDb, type FacilityRow, facilities, facilityLinks, type Tx } from './tables.ts';

export type { FacilitiesDb };
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

    async list(query: PageQuery & { search?: string | null; filter?: FacilityFilter | null }) {
      // Resolving the search text (typo correction, rebuilding the index after a write) runs in the search thread.
      const text = await search.condition(facilities.id, query.search);
      return publishedPage(db, facilities, query, [text, ...filterConditions(query.filter)]);
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

/** Publishes a facility's content into the public tables (seeding goes through here too). */
export function writeFacility(tx: Tx, id: string, f: PublishedContent<FacilitySeed>): void {
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
  upsertPublished(tx, facilities, row);
  tx.delete(facilityLinks).where(eq(facilityLinks.facilityId, id)).run();
  const links = { sector: f.sectors, partner: f.partners, dependsOn: f.dependsOn, standard: f.standards };
  for (const [dimension, values] of Object.entries(links)) {
    for (const [position, value] of values.entries()) tx.insert(facilityLinks).values({ facilityId: id, dimension, value, position }).run();
  }
}

export const archiveFacility = (tx: Tx, id: string) => archiveRow(tx, facilities, id);

/** All SQL for offerings: by id, a page of all, by tool, by provider (published only), publish and archive. */
import { isPostgres, type PageQuery, publishedPage } from '@edu-catalogus/kit/data';
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { fromApiUncertainties, type OfferingSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { queryable, type SchoolsStoreDb, schoolsTablesOf } from './dialect.ts';
import { inSector } from './search/offering-search.ts';
import { inSectorPg } from './search/pg-offering-search.ts';
import type { OfferingRow, Tx } from './tables.ts';

/** The paging arguments of lists without names: they page by id (exports, portals). */
export type IdPageQuery = Omit<PageQuery, 'orderBy'>;

export function createOfferingStore(db: SchoolsStoreDb) {
  const q = queryable(db);
  const { offerings } = schoolsTablesOf(db);
  const published = eq(offerings.status, 'PUBLISHED');
  const sectorOf = (sector: string | null | undefined) =>
    isPostgres(db) ? inSectorPg(offerings.sectors as unknown as PgColumn, sector) : inSector(offerings.sectors, sector);
  /** Published offerings grouped by `column` (tool or provider), ordered by id, each group optionally of one sector. */
  const groupedBy = async (column: SQLiteColumn, key: (row: OfferingRow) => string, ids: readonly string[], sector?: string | null) => {
    const rows = await q
      .select()
      .from(offerings)
      .where(and(inArray(column, [...ids]), published, sectorOf(sector)))
      .orderBy(asc(offerings.id));
    const groups = new Map<string, OfferingRow[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(key(row))?.push(row);
    return groups;
  };
  return {
    async byIds(ids: readonly string[]): Promise<OfferingRow[]> {
      if (ids.length === 0) return [];
      return q
        .select()
        .from(offerings)
        .where(and(inArray(offerings.id, [...ids]), published));
    },
    /** Every published offering, a page at a time by id (exports, portals). */
    page: async (query: IdPageQuery) => publishedPage(db, offerings, { ...query, orderBy: 'ID' }, []),
    byToolIds: (ids: readonly string[]) => groupedBy(offerings.toolId, (r) => r.toolId, ids),
    byProviderIds: (ids: readonly string[]) => groupedBy(offerings.providerId, (r) => r.providerId, ids),
  };
}
export type OfferingStore = ReturnType<typeof createOfferingStore>;

/** Publishes an offering's content into the public table (seeding goes through here too), in the caller's transaction. */
export function writeOffering(tx: Tx, id: string, o: PublishedContent<OfferingSeed>): Promise<void> {
  return upsertPublished(tx, schoolsTablesOf(tx).offerings, {
    id,
    toolId: o.tool,
    providerId: o.provider,
    sectors: o.sectors,
    dataLocation: o.dataLocation,
    processorAgreement: o.processorAgreement,
    signIn: o.signIn,
    price: o.price,
    url: o.url,
    sources: o.sources,
    certainty: o.certainty,
    uncertainties: fromApiUncertainties(o.uncertainties),
    verifiedAt: o.verifiedAt,
    status: 'PUBLISHED',
  });
}

/** Archived offerings stay (history) but no longer reach anonymous readers. */
export const archiveOffering = (tx: Tx, id: string) => archiveRow(tx, schoolsTablesOf(tx).offerings, id);

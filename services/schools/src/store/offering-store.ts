/** All SQL for offerings: by id, by tool, by provider (published only), publish and archive. */
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { fromApiUncertainties, type OfferingSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { inSector } from './search/offering-search.ts';
import { type OfferingRow, offerings, type SchoolsDb, type Tx } from './tables.ts';

const published = eq(offerings.status, 'PUBLISHED');

export function createOfferingStore(db: SchoolsDb) {
  /** Published offerings grouped by `column` (tool or provider), ordered by id, each group optionally of one sector. */
  const groupedBy = (column: SQLiteColumn, key: (row: OfferingRow) => string, ids: readonly string[], sector?: string | null) => {
    const rows = db
      .select()
      .from(offerings)
      .where(and(inArray(column, [...ids]), published, inSector(offerings.sectors, sector)))
      .orderBy(asc(offerings.id))
      .all();
    const groups = new Map<string, OfferingRow[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(key(row))?.push(row);
    return groups;
  };
  return {
    byIds(ids: readonly string[]): OfferingRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(offerings)
        .where(and(inArray(offerings.id, [...ids]), published))
        .all();
    },
    byToolIds: (ids: readonly string[]) => groupedBy(offerings.toolId, (r) => r.toolId, ids),
    byProviderIds: (ids: readonly string[]) => groupedBy(offerings.providerId, (r) => r.providerId, ids),
  };
}
export type OfferingStore = ReturnType<typeof createOfferingStore>;

/** Publishes an offering's content into the public table (seeding goes through here too). */
export function writeOffering(tx: Tx, id: string, o: PublishedContent<OfferingSeed>): void {
  upsertPublished(tx, offerings, {
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
export const archiveOffering = (tx: Tx, id: string) => archiveRow(tx, offerings, id);

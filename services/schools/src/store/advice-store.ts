/** All SQL for advice: by id (also by product and sector), a page of all (published only), publish and archive. */
import { publishedPage } from '@edu-catalogus/kit/data';
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { type AdviceSeed, adviceId, fromApiUncertainties } from '@edu-catalogus/seeds';
import { and, eq, inArray } from 'drizzle-orm';
import { queryable, type SchoolsStoreDb, schoolsTablesOf } from './dialect.ts';
import type { IdPageQuery } from './offering-store.ts';
import type { AdviceRow, Tx } from './tables.ts';

export function createAdviceStore(db: SchoolsStoreDb) {
  const { advice } = schoolsTablesOf(db);
  return {
    /** By id; `<product>--<sector>` ids make "a product's advice for a sector" a lookup by id too. */
    async byIds(ids: readonly string[]): Promise<AdviceRow[]> {
      if (ids.length === 0) return [];
      return queryable(db)
        .select()
        .from(advice)
        .where(and(inArray(advice.id, [...ids]), eq(advice.status, 'PUBLISHED')));
    },
    /** Every published advice, a page at a time by id (exports, portals). */
    page: async (query: IdPageQuery) => publishedPage(db, advice, { ...query, orderBy: 'ID' }, []),
  };
}
export type AdviceStore = ReturnType<typeof createAdviceStore>;

/** Publishes advice into the public table (seeding goes through here too), in the caller's transaction. */
export async function writeAdvice(tx: Tx, id: string, a: PublishedContent<AdviceSeed>): Promise<void> {
  if (id !== adviceId(a.product, a.sector)) throw new Error(`advice ${id} is not ${adviceId(a.product, a.sector)}`);
  return upsertPublished(tx, schoolsTablesOf(tx).advice, {
    id,
    productId: a.product,
    sector: a.sector,
    recommend: a.recommend,
    alsoConsider: a.alsoConsider,
    summary: a.summary,
    reasons: a.reasons,
    caveats: a.caveats,
    sources: a.sources,
    certainty: a.certainty,
    uncertainties: fromApiUncertainties(a.uncertainties),
    verifiedAt: a.verifiedAt,
    status: 'PUBLISHED',
  });
}

export const archiveAdvice = (tx: Tx, id: string) => archiveRow(tx, schoolsTablesOf(tx).advice, id);

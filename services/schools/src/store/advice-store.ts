/** All SQL for advice: by id, by product and sector (published only), publish and archive. */
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { type AdviceSeed, adviceId, fromApiUncertainties } from '@edu-catalogus/seeds';
import { and, eq, inArray } from 'drizzle-orm';
import { type AdviceRow, advice, type SchoolsDb, type Tx } from './tables.ts';

const published = eq(advice.status, 'PUBLISHED');

export function createAdviceStore(db: SchoolsDb) {
  return {
    /** By id; `<product>--<sector>` ids make "a product's advice for a sector" a lookup by id too. */
    byIds(ids: readonly string[]): AdviceRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(advice)
        .where(and(inArray(advice.id, [...ids]), published))
        .all();
    },
  };
}
export type AdviceStore = ReturnType<typeof createAdviceStore>;

/** Publishes advice into the public table (seeding goes through here too). */
export function writeAdvice(tx: Tx, id: string, a: PublishedContent<AdviceSeed>): void {
  if (id !== adviceId(a.product, a.sector)) throw new Error(`advice ${id} is not ${adviceId(a.product, a.sector)}`);
  upsertPublished(tx, advice, {
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

export const archiveAdvice = (tx: Tx, id: string) => archiveRow(tx, advice, id);

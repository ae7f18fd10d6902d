/**
 * What the FTS5 index says about a search: the matching documents (as a bitmap) and the bm25
 * ranking of the best of them. Each is one evaluation of the MATCH expression, and a prefix like
 * "video"* merges the doclists of every word it starts, so the search avoids evaluating twice. Ranking costs a docsize lookup per hit (28 ms for 28k hits at 100k
 * tools), so at most RANK_CAP hits are ranked: when a search hits more, the broadest column scope
 * whose hits fit is ranked (a hit in the name beats a hit in the description anyway) and the other
 * hits follow in name order.
 */
import { createTextIndex } from '@edu-catalogus/kit/search';
import { sql } from 'drizzle-orm';
import { TypedFastBitSet } from 'typedfastbitset';
import { SEARCH_TABLE, type SearchDb } from './tables.ts';

/** bm25 column weights in SEARCH_COLUMNS order: name, products replaced, categories, features, summary, description. */
export const BM25_WEIGHTS = [10, 6, 4, 3, 3, 1] as const;
export const RANK_CAP = 2_000;
/** Column scopes from broad to narrow, tried in turn when a search hits more than RANK_CAP documents. */
const SCOPES = ['{name products categories}', '{name}'];

const fts = sql.identifier(SEARCH_TABLE);
const bm25 = sql.raw(`bm25(${SEARCH_TABLE}, ${BM25_WEIGHTS.join(', ')})`);

export interface RankedDoc {
  doc: number;
  /** bm25 as FTS5 gives it: negative, lower is better. */
  score: number;
}

export interface TextHitsOptions {
  /** Most hits ranked (tests lower it to reach the cap on the seeded catalogue). */
  rankCap?: number;
}

export function createTextHits(db: SearchDb, { rankCap = RANK_CAP }: TextHitsOptions = {}) {
  const textIndex = createTextIndex(db, SEARCH_TABLE);
  const count = (expression: string) => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${fts} WHERE ${fts} MATCH ${expression}`)?.n ?? 0;

  return {
    relax: textIndex.relax,

    /** Every document matching `expression`, read as one JSON array (far cheaper than a row each). */
    hits(expression: string): TypedFastBitSet {
      const row = db.get<{ docs: string }>(sql`SELECT json_group_array(rowid) AS docs FROM ${fts} WHERE ${fts} MATCH ${expression}`);
      return new TypedFastBitSet(JSON.parse(row?.docs ?? '[]') as number[]);
    },

    /**
     * The bm25-ranked hits, at most the cap of them (see the module comment); `hitCount` is the number of
     * hits. `anyWord`: the search was relaxed to any of its words (up to 16 broad ones), whose OR is the
     * costliest expression there is; past the cap only its name hits are ranked, without first counting
     * a wider scope (one evaluation of that OR fewer).
     */
    ranked(expression: string, hitCount: number, anyWord = false): RankedDoc[] {
      const rank = (e: string) =>
        db
          .values<[number, number]>(sql`SELECT rowid, ${bm25} FROM ${fts} WHERE ${fts} MATCH ${e} LIMIT ${rankCap + 1}`)
          .map(([doc, score]) => ({ doc, score }));
      if (hitCount <= rankCap) return rank(expression);
      const scoped = SCOPES.map((scope) => `${scope} : (${expression})`);
      const wide = anyWord ? undefined : scoped.slice(0, -1).find((e) => count(e) <= rankCap);
      // The narrowest scope is ranked without counting it first: one evaluation instead of two.
      const ranked = rank(wide ?? scoped.at(-1)!);
      return ranked.length <= rankCap ? ranked : [];
    },
  };
}
export type TextHits = ReturnType<typeof createTextHits>;

/**
 * The text side of a search, kept per expression for the current index generation: the hits bitmap
 * and, when asked, the bm25 ranking. Common searches ("video", page 2 of "chat", the same search
 * with other filters or facets) then skip FTS5 entirely: the precomputed rankings of very common
 * terms the issue asks for, computed on first use and dropped when the index changes.
 * Independently, a page that has a next page leaves its text result under its end cursor, so the
 * next page of the same search reuses it instead of running FTS5 again, even with the cache off.
 */
import { matchExpression, parseSearch } from '@edu-catalogus/kit/search';
import { LRUCache } from 'lru-cache';
import type { TypedFastBitSet } from 'typedfastbitset';
import type { CatalogueIndex } from './catalogue-index.ts';
import { sortRanked, type PageEntry } from './pages.ts';
import type { SearchDb } from './tables.ts';
import { createTextHits } from './text-hits.ts';

export interface TextResult {
  /** Read-only: clone before intersecting. */
  hits: TypedFastBitSet;
  /** The bm25-ranked hits in RELEVANCE order (computed on first use, with this generation's index). */
  ranked: (index: CatalogueIndex) => PageEntry[];
}

/** Searches kept per connection; at 100k tools an entry is ~30 kB (bitmap plus at most 2,000 ranks). */
export const DEFAULT_TEXT_CACHE = 256;
/** Searches whose next page is kept, keyed by the cursor their last page handed out. */
export const DEFAULT_CONTINUATIONS = 64;

export function createTextResults(db: SearchDb, capacity = DEFAULT_TEXT_CACHE, continuationCapacity = DEFAULT_CONTINUATIONS) {
  const text = createTextHits(db);
  const cache = capacity > 0 ? new LRUCache<string, TextResult>({ max: capacity }) : null;
  const continuations = continuationCapacity > 0 ? new LRUCache<string, TextResult>({ max: continuationCapacity }) : null;
  const keyOf = (search: string, generation: number) => `${generation}\n${search}`;

  function compute(search: string): TextResult | null {
    const terms = parseSearch(search);
    if (terms.length === 0) return null;
    let expression = matchExpression(terms);
    let hits = text.hits(expression);
    let anyWord = false;
    if (hits.size() === 0) {
      const relaxed = text.relax(terms);
      [expression, anyWord] = [relaxed.expression, relaxed.mode === 'any'];
      hits = text.hits(expression);
    }
    let ranked: PageEntry[] | undefined;
    return { hits, ranked: (index) => (ranked ??= sortRanked(index, text.ranked(expression, hits.size(), anyWord))) };
  }

  return {
    /** The text result of `search` at index `generation` (continuing after cursor `after`); null when the search has no searchable word. */
    get(search: string | null | undefined, generation: number, after?: string | null): TextResult | null {
      if (search == null) return null;
      const key = keyOf(search, generation);
      const cached = (after ? continuations?.get(`${key}\n${after}`) : undefined) ?? cache?.get(key);
      if (cached) return cached;
      const result = compute(search);
      if (result) cache?.set(key, result);
      return result;
    },

    /** Keeps `result` for the page of `search` that continues after `cursor`. */
    continueAfter(search: string, generation: number, cursor: string, result: TextResult): void {
      continuations?.set(`${keyOf(search, generation)}\n${cursor}`, result);
    },
  };
}

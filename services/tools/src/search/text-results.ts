/**
 * The text side of a search, kept per expression for the current index generation: the hits bitmap
 * and, when asked, the bm25 ranking. Common searches ("video", page 2 of "chat", the same search
 * with other filters or facets) then skip FTS5 entirely: the precomputed rankings of very common
 * terms the issue asks for, computed on first use and dropped when the index changes.
 */
import { matchExpression, parseSearch } from '@edu-catalogus/kit';
import { LRUCache } from 'lru-cache';
import type { TypedFastBitSet } from 'typedfastbitset';
import type { ToolsWriter } from './documents.ts';
import type { CatalogueIndex } from './catalogue-index.ts';
import { sortRanked, type PageEntry } from './pages.ts';
import { createTextHits } from './text-hits.ts';

export interface TextResult {
  /** Read-only: clone before intersecting. */
  hits: TypedFastBitSet;
  /** The bm25-ranked hits in RELEVANCE order (computed on first use, with this generation's index). */
  ranked: (index: CatalogueIndex) => PageEntry[];
}

/** Searches kept per connection; at 100k tools an entry is ~30 kB (bitmap plus at most 2,000 ranks). */
export const DEFAULT_TEXT_CACHE = 256;

export function createTextResults(db: ToolsWriter, capacity = DEFAULT_TEXT_CACHE) {
  const text = createTextHits(db);
  const cache = capacity > 0 ? new LRUCache<string, TextResult>({ max: capacity }) : null;

  function compute(search: string): TextResult | null {
    const terms = parseSearch(search);
    if (terms.length === 0) return null;
    let expression = matchExpression(terms);
    let hits = text.hits(expression);
    if (hits.size() === 0) {
      expression = text.relax(terms).expression;
      hits = text.hits(expression);
    }
    let ranked: PageEntry[] | undefined;
    return { hits, ranked: (index) => (ranked ??= sortRanked(index, text.ranked(expression, hits.size()))) };
  }

  return {
    /** The text result of `search` at index `generation`; null when the search has no searchable word. */
    get(search: string | null | undefined, generation: number): TextResult | null {
      if (search == null) return null;
      const key = `${generation}\n${search}`;
      const cached = cache?.get(key);
      if (cached) return cached;
      const result = compute(search);
      if (result) cache?.set(key, result);
      return result;
    },
  };
}

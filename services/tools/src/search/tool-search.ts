/**
 * `tools(search, filter, orderBy, first, after)`: FTS5 finds and ranks the text hits, the in-memory
 * catalogue index applies the filters, counts exactly, computes facets and cuts the keyset page,
 * and one SQL query fetches the page's rows.
 */
import { changedSinceIso, checkFreeText, encodeCursor, pageSize } from '@edu-catalogus/kit';
import { inArray } from 'drizzle-orm';
import { TypedFastBitSet } from 'typedfastbitset';
import type { ToolDimension, ToolFilter } from '../db/facets.ts';
import { checkToolFilter } from '../db/tool-filter.ts';
import { tools, type ToolRow } from '../db/schema.ts';
import type { ToolsDb } from '../db/tool-store.ts';
import { catalogueIndexOf, type CatalogueIndex } from './catalogue-index.ts';
import { countFacets, type FacetCount } from './facet-counts.ts';
import { pageOf, parseAfter, type ToolOrder } from './pages.ts';
import { createTextResults, DEFAULT_CONTINUATIONS, DEFAULT_TEXT_CACHE } from './text-results.ts';

export interface ToolSearchQuery {
  search?: string | null;
  filter?: ToolFilter | null;
  orderBy?: ToolOrder | null;
  first?: number | null;
  after?: string | null;
  /** Only tools whose published content changed at or after this time. */
  changedSince?: Date | string | null;
}

export interface ToolSearchResult {
  totalCount: number;
  edges: { cursor: string; node: ToolRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Computed only when asked for (a function, which GraphQL's default resolver calls). */
  facets: () => FacetCount[];
}

/** One bitmap per filtered dimension: the tools having any of its values. */
function filterBitmaps(index: CatalogueIndex, filter: ToolFilter | null | undefined): Map<ToolDimension, TypedFastBitSet> {
  const bitmaps = new Map<ToolDimension, TypedFastBitSet>();
  for (const [dimension, values] of Object.entries(filter ?? {}) as [ToolDimension, readonly string[] | null][]) {
    if (values == null) continue;
    bitmaps.set(
      dimension,
      values.reduce((any, value) => any.union(index.bitsOf(dimension, value)), new TypedFastBitSet()),
    );
  }
  return bitmaps;
}

/** The tools updated at or after `since`: a prefix of the index's newest-first order. */
function changedSinceBits(index: CatalogueIndex, since: Date | string): TypedFastBitSet {
  const iso = changedSinceIso(since)!;
  const bits = new TypedFastBitSet();
  for (const doc of index.updatedOrder) {
    if (index.info(doc).updatedAt < iso) break;
    bits.add(doc);
  }
  return bits;
}

/**
 * `textCache`: searches whose text results are kept (0 turns the cache off, as the benchmark's cold run does);
 * `continuations`: searches kept for their next page only (see text-results.ts).
 */
export function createToolSearch(db: ToolsDb, { textCache = DEFAULT_TEXT_CACHE, continuations = DEFAULT_CONTINUATIONS } = {}) {
  const text = createTextResults(db, textCache, continuations);

  const rowsOf = (ids: string[]): Map<string, ToolRow> =>
    new Map((ids.length ? db.select().from(tools).where(inArray(tools.id, ids)).all() : []).map((row) => [row.id, row]));

  return {
    search(query: ToolSearchQuery): ToolSearchResult {
      const first = pageSize(query.first, 20);
      checkToolFilter(query.filter);
      checkFreeText('search', query.search);
      // One read transaction: the index, the text hits and the rows all see the same catalogue.
      return db.transaction(() => {
        const index = catalogueIndexOf(db.$client).refresh(db);
        const found = text.get(query.search, index.generation, query.after);
        const order: ToolOrder = found ? (query.orderBy ?? 'RELEVANCE') : query.orderBy === 'UPDATED' ? 'UPDATED' : 'NAME';
        const after = parseAfter(order, query.after);
        const published = query.changedSince == null ? index.published : index.published.clone().intersection(changedSinceBits(index, query.changedSince));
        const base = found ? found.hits.clone().intersection(published) : published.clone();
        const filters = filterBitmaps(index, query.filter);
        const matching = [...filters.values()].reduce((m, bits) => m.intersection(bits), base.clone());
        const ranked = order === 'RELEVANCE' && found ? found.ranked(index) : [];
        const page = pageOf(index, order, matching, after, first + 1, ranked);
        const rows = rowsOf(page.slice(0, first).map((e) => index.toolId(e.doc)));
        const edges = page.slice(0, first).map((e) => ({ cursor: encodeCursor(e.position), node: rows.get(index.toolId(e.doc))! }));
        const endCursor = edges.at(-1)?.cursor ?? null;
        if (found && endCursor && page.length > first) text.continueAfter(query.search!, index.generation, endCursor, found);
        return {
          totalCount: matching.size(),
          edges,
          pageInfo: { hasNextPage: page.length > first, endCursor },
          facets: () => countFacets(index, base, filters, query.filter),
        };
      });
    },
  };
}
export type ToolSearch = ReturnType<typeof createToolSearch>;

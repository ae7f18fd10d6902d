/**
 * `tools(search, filter, orderBy, first, after)`: FTS5 finds and ranks the text hits, the in-memory
 * catalogue index applies the filters, counts exactly, computes facets and cuts the keyset page,
 * and the caller's `rowsOf` fetches the page's rows in the same read transaction.
 */
import { checkFreeText, encodeCursor, pageSize } from '@edu-catalogus/kit/runtime';
import { changedSinceIso } from '@edu-catalogus/kit/data';
import { TypedFastBitSet } from 'typedfastbitset';
import type { CatalogueIndex } from './catalogue-index.ts';
import { countFacets, type FacetCount } from './facet-counts.ts';
import { checkToolFilter, type ToolDimension, type ToolFilter } from './facets.ts';
import { pageOf, parseAfter, type ToolOrder } from './pages.ts';
import type { SearchDb } from './tables.ts';
import { createTextResults, DEFAULT_CONTINUATIONS, DEFAULT_TEXT_CACHE } from './text-results.ts';

export interface CatalogueQuery {
  search?: string | null;
  filter?: ToolFilter | null;
  orderBy?: ToolOrder | null;
  first?: number | null;
  after?: string | null;
  /** Only tools whose published content changed at or after this time. */
  changedSince?: Date | string | null;
}

export interface CataloguePage<Row> {
  totalCount: number;
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Computed only when asked for (a function, which GraphQL's default resolver calls). */
  facets: () => FacetCount[];
}

/** One bitmap per filtered dimension: the tools having any of its values (for `id`, the named tools). */
function filterBitmaps(index: CatalogueIndex, filter: ToolFilter | null | undefined): Map<ToolDimension | 'id', TypedFastBitSet> {
  const bitmaps = new Map<ToolDimension | 'id', TypedFastBitSet>();
  for (const [dimension, values] of Object.entries(filter ?? {}) as [ToolDimension | 'id', readonly string[] | null][]) {
    if (values == null) continue;
    if (dimension === 'id') {
      bitmaps.set('id', new TypedFastBitSet(values.flatMap((id) => index.docOfTool.get(id) ?? [])));
      continue;
    }
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

export interface CatalogueSearchOptions {
  /** Searches whose text results are kept (0 turns the cache off, as the benchmark's cold run does). */
  textCache?: number;
  /** Searches kept for their next page only (see text-results.ts). */
  continuations?: number;
}

/** The search over `index`, the in-memory index of the connection `db` belongs to (catalogueIndexOf). */
export function createCatalogueSearch(
  db: SearchDb,
  index: CatalogueIndex,
  { textCache = DEFAULT_TEXT_CACHE, continuations = DEFAULT_CONTINUATIONS }: CatalogueSearchOptions = {},
) {
  const text = createTextResults(db, textCache, continuations);

  return {
    /** One page of `query`; `rowsOf` reads the rows of the page's tool ids. */
    search<Row>(query: CatalogueQuery, rowsOf: (toolIds: string[]) => Map<string, Row>): CataloguePage<Row> {
      const first = pageSize(query.first, 20);
      checkToolFilter(query.filter);
      checkFreeText('search', query.search);
      // One read transaction: the index, the text hits and the rows all see the same catalogue.
      return db.transaction(() => {
        index.refresh(db);
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
export type CatalogueSearch = ReturnType<typeof createCatalogueSearch>;

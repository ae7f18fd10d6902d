/**
 * The search the resolvers call (search-thread.ts's `SearchThread`), answered by PostgreSQL: no worker
 * thread and no in-memory index, since the database every replica shares does the work
 * (pg-search.ts: text, filters, exact count, facet counts; product-match.ts: the bounded, pure matching
 * of typed text against the published product names, read per request).
 */
import { createProductStore } from './product-store.ts';
import type { ToolsPgDb } from './pg-open.ts';
import type { SearchThread } from './search-thread.ts';
import type { ToolsPage } from './search-requests.ts';
import type { PgSearchDb } from './search/pg-documents.ts';
import { createPgCatalogueSearch } from './search/pg-search.ts';

const idsOnly = (ids: string[]) => new Map(ids.map((id) => [id, id]));

export function createPgSearchService(db: ToolsPgDb): SearchThread {
  const search = createPgCatalogueSearch(db as unknown as PgSearchDb);
  const products = createProductStore(db);
  return {
    offThread: false,
    ready: Promise.resolve(),
    async tools({ query, facets }): Promise<ToolsPage> {
      const page = await search.search(query, idsOnly);
      const edges = page.edges.map((e) => ({ cursor: e.cursor, id: e.node }));
      return { totalCount: page.totalCount, edges, pageInfo: page.pageInfo, facets: facets ? await page.facets() : null };
    },
    matchProduct: (text) => products.match(text),
    close: async () => {},
  };
}

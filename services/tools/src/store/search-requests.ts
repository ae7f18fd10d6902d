/**
 * What the search thread answers, as plain data in and out (structured-clone-able across threads):
 * a tool search page (tool ids only, with facets only when asked) and the product that typed text
 * names. Ids, not rows: a page of 100 rows is ~400 KB that the worker would read and the request
 * thread deserialise; the resolver reads the rows through its request's loader instead
 * (resolvers/Query.ts). The same code serves in-thread (`:memory:`).
 */
import { eq } from 'drizzle-orm';
import type { CatalogueSearchOptions } from './search/catalogue-search.ts';
import type { FacetCount } from './search/facet-counts.ts';
import type { ProductMatch, ProductName } from './search/product-match.ts';
import { matchProduct } from './search/product-match.ts';
import { createCatalogueSearch } from './search/catalogue-search.ts';
import { catalogueIndexOf } from './search/catalogue-index.ts';
import { productNames, products, type ToolsDb } from './tables.ts';
import type { ToolQuery } from './tool-store.ts';

export interface ToolsRequest {
  query: ToolQuery;
  /** Compute facet counts (the resolver asks only when the query selects them). */
  facets: boolean;
}

export interface ToolsPage {
  totalCount: number;
  edges: { cursor: string; id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  facets: FacetCount[] | null;
}

export type SearchRequest = { kind: 'tools'; request: ToolsRequest } | { kind: 'matchProduct'; text: string };

export function createSearchRequests(db: ToolsDb, options?: CatalogueSearchOptions) {
  const search = createCatalogueSearch(db, catalogueIndexOf(db.$client), options);
  // Synchronous here: the worker answers one request at a time on its own connection.
  const names = db
    .select({ productId: productNames.productId, normalized: productNames.normalized })
    .from(productNames)
    .innerJoin(products, eq(products.id, productNames.productId))
    .where(eq(products.status, 'PUBLISHED'))
    .prepare();
  const match = (text: string): ProductMatch => matchProduct(text, names.all() as ProductName[]);
  const idsOnly = (ids: string[]) => new Map(ids.map((id) => [id, id]));
  const tools = ({ query, facets }: ToolsRequest): ToolsPage => {
    const page = search.search(query, idsOnly);
    // Facets straight after the page: nothing else ran on this connection in between.
    const edges = page.edges.map((e) => ({ cursor: e.cursor, id: e.node }));
    return { totalCount: page.totalCount, edges, pageInfo: page.pageInfo, facets: facets ? page.facets() : null };
  };
  return {
    tools,
    matchProduct: match,
    answer(message: SearchRequest): ToolsPage | ProductMatch {
      return message.kind === 'tools' ? tools(message.request) : match(message.text);
    },
  };
}
export type SearchRequests = ReturnType<typeof createSearchRequests>;

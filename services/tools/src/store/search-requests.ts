/**
 * What the search thread answers, as plain data in and out (structured-clone-able across threads):
 * a tool search page (rows included, read in the search's own transaction, with facets only when
 * asked) and the product that typed text names. The same code serves in-thread (`:memory:`).
 */
import type { CatalogueSearchOptions } from './search/catalogue-search.ts';
import type { FacetCount } from './search/facet-counts.ts';
import type { ProductMatch } from './search/product-match.ts';
import { createProductStore } from './product-store.ts';
import type { ToolRow, ToolsDb } from './tables.ts';
import { createToolSearch, type ToolQuery } from './tool-store.ts';

export interface ToolsRequest {
  query: ToolQuery;
  /** Compute facet counts (the resolver asks only when the query selects them). */
  facets: boolean;
}

export interface ToolsPage {
  totalCount: number;
  edges: { cursor: string; node: ToolRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  facets: FacetCount[] | null;
}

export type SearchRequest = { kind: 'tools'; request: ToolsRequest } | { kind: 'matchProduct'; text: string };

export function createSearchRequests(db: ToolsDb, options?: CatalogueSearchOptions) {
  const search = createToolSearch(db, options);
  const products = createProductStore(db);
  const tools = ({ query, facets }: ToolsRequest): ToolsPage => {
    const page = search.search(query);
    // Facets straight after the page: nothing else ran on this connection in between.
    return { totalCount: page.totalCount, edges: page.edges, pageInfo: page.pageInfo, facets: facets ? page.facets() : null };
  };
  return {
    tools,
    matchProduct: (text: string): ProductMatch => products.match(text),
    answer(message: SearchRequest): ToolsPage | ProductMatch {
      return message.kind === 'tools' ? tools(message.request) : products.match(message.text);
    },
  };
}
export type SearchRequests = ReturnType<typeof createSearchRequests>;

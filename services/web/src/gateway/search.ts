/** Tool search through the gateway: one page of tools with their facets, and the product the text may name. */
import { apiFilter, type SearchState } from '../lib/search-params.ts';
import type { GatewayClient } from './client.ts';
import { documents } from './documents.ts';
import type { SearchData } from './types.ts';

export const PAGE_SIZE = 20;

export type ToolSearch = (state: SearchState) => Promise<SearchData>;

export function createToolSearch(gateway: GatewayClient): ToolSearch {
  return (state) =>
    gateway.read(documents.searchTools, {
      search: state.q || null,
      filter: apiFilter(state.filter),
      orderBy: state.orderBy ?? null,
      first: PAGE_SIZE,
      after: state.after ?? null,
      productText: state.q,
      withProduct: state.q.length > 0,
    });
}

/**
 * Tool search through the gateway: one page of tools with their facets, and the product the text may
 * name. "Direct te gebruiken" and the order by usage need what the schools subgraph knows: the site
 * asks for it first (uptake.ts) and narrows the search with `filter.id`, or composes the page (usage-order.ts).
 */
import { apiFilter, type SearchState } from '../lib/search-params.ts';
import type { GatewayClient } from './client.ts';
import { documents } from './documents.ts';
import type { SearchData } from './types.ts';
import type { UptakeSource } from './uptake.ts';
import { usageOrderedPage } from './usage-order.ts';

export const PAGE_SIZE = 20;

export type ToolSearch = (state: SearchState) => Promise<SearchData>;

/** The API's filter with "direct te gebruiken": only the offered tools (an id no tool has when none is offered). */
export function readyFilter(filter: Record<string, string[]> | null, offered: string[] | null): Record<string, string[]> | null {
  if (offered === null) return filter;
  return { ...filter, id: offered.length > 0 ? offered.slice(0, 1000) : ['-'] };
}

export function createToolSearch(gateway: GatewayClient, uptake: UptakeSource): ToolSearch {
  return async (state) => {
    const byUsage = state.orderBy === 'USAGE';
    const known = state.ready || byUsage ? await uptake.get() : null;
    const filter = readyFilter(apiFilter(state.filter), state.ready && known ? known.offered : null);
    const data = await gateway.read(documents.searchTools, {
      search: state.q || null,
      filter,
      orderBy: state.orderBy === 'USAGE' ? null : (state.orderBy ?? null),
      first: PAGE_SIZE,
      after: byUsage ? null : (state.after ?? null),
      productText: state.q,
      withProduct: state.q.length > 0,
    });
    if (!byUsage || !known) return data;
    const page = await usageOrderedPage(gateway, { search: state.q || null, filter, after: state.after, pageSize: PAGE_SIZE }, known.used);
    return { ...data, tools: { ...data.tools, ...page } };
  };
}

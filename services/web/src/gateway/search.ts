/**
 * Tool search through the gateway. It asks for facets and ordering; while the gateway's schema lacks
 * them (a validation error), it falls back to the plain search for a minute before asking again.
 */
import type { SearchState } from '../lib/search-params.ts';
import { GatewayQueryError, type GatewayClient, type GraphQLError } from './client.ts';
import { documents } from './documents.ts';
import type { SearchData } from './types.ts';

export const PAGE_SIZE = 20;
const RETRY_MS = 60_000;

export interface ToolSearch {
  (state: SearchState): Promise<{ data: SearchData; faceted: boolean }>;
}

const isValidationFailure = (errors: GraphQLError[]) =>
  errors.length > 0 && errors.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || /Cannot query field|Unknown type|Unknown argument/.test(e.message));

export function createToolSearch(gateway: GatewayClient, now = () => Date.now()): ToolSearch {
  let plainUntil = 0;
  return async (state) => {
    const filter = Object.keys(state.filter).length > 0 ? state.filter : null;
    const variables = {
      search: state.q || null,
      filter,
      first: PAGE_SIZE,
      after: state.after ?? null,
      productText: state.q,
      withProduct: state.q.length > 0,
    };
    if (now() >= plainUntil) {
      const result = await gateway.send<SearchData>(documents.searchTools, { ...variables, orderBy: state.orderBy ?? null });
      if (!isValidationFailure(result.errors)) {
        if (result.errors.length > 0 || !result.data) throw new GatewayQueryError(documents.searchTools.name, result.errors);
        return { data: result.data, faceted: true };
      }
      plainUntil = now() + RETRY_MS;
    }
    return { data: await gateway.read<SearchData>(documents.searchToolsBasic, variables), faceted: false };
  };
}

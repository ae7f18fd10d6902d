/**
 * The gateway's response cache for anonymous queries (GraphQL Yoga's response-cache plugin). Signed-in
 * requests never read or fill it. Any successful mutation empties it: a published entry can appear in
 * lists and lookups that held no trace of it, which entity-based invalidation alone would miss.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { getOperationAST } from 'graphql';

export interface ResponseCache {
  plugins: GatewayPlugin[];
  /** Drops every cached answer that shows an entity of one of `typenames` (or a list that could). */
  purgeTypes: (typenames: Iterable<string>) => void;
}

export function responseCachePlugins(options: { ttlSeconds: number }): ResponseCache {
  let generation = 0;
  const cache = createInMemoryCache({ max: 1000 });
  const anonymous = (request: Request) => !request.headers.has('authorization');
  const cachePlugin = useResponseCache({
    cache,
    ttl: options.ttlSeconds * 1000,
    session: () => null,
    enabled: anonymous,
    // Keys carry a generation, so emptying the cache is one increment.
    buildResponseCacheKey: async (params) => `${generation}:${await defaultBuildResponseCacheKey(params)}`,
    includeExtensionMetadata: false,
    // A page of the change feed grows as events arrive; its readers poll for exactly that.
    ttlPerSchemaCoordinate: { 'Query.changes': 0 },
  }) as unknown as GatewayPlugin;
  const emptyOnMutation: GatewayPlugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in (result as object)) return;
          // A mutation field that returned something may have changed what readers see.
          const data = (result as { data?: Record<string, unknown> | null }).data;
          if (data && Object.values(data).some((value) => value != null)) generation += 1;
        },
      };
    },
  };
  const purgeTypes = (typenames: Iterable<string>) => void cache.invalidate([...new Set(typenames)].map((typename) => ({ typename })));
  return { plugins: [cachePlugin, emptyOnMutation], purgeTypes };
}

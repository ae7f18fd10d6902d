/**
 * The gateway's response cache for anonymous queries (GraphQL Yoga's response-cache plugin). Signed-in
 * requests never read or fill it. Each answer is stored under the entities it shows and the tags of
 * what it may show (plugins/cache-tags.ts, and null references: plugins/null-references.ts), so the
 * change feed purges exactly the answers an event
 * touches (`purge`). Any successful mutation through this gateway empties it: the mutation answers
 * before its event reaches the feed, and its caller expects to read what it wrote.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { getOperationAST } from 'graphql';
import { LRUCache } from 'lru-cache';
import { operationCacheTags, type CacheEntity } from './cache-tags.ts';
import { nullReferenceTags } from './null-references.ts';

export interface ResponseCache {
  plugins: GatewayPlugin[];
  /** Drops every cached answer that shows one of `entities` (`{ typename, id }`) or carries one of their tags. */
  purge: (entities: Iterable<CacheEntity>) => void;
}

export function responseCachePlugins(options: { ttlSeconds: number; max?: number; metadata?: boolean }): ResponseCache {
  let generation = 0;
  const max = options.max ?? 1000;
  const store = createInMemoryCache({ max });
  // The tags of an operation being executed, by cache key, until its answer is stored.
  const keyOf = new WeakMap<object, string>();
  const pendingTags = new LRUCache<string, (data: Record<string, unknown> | null | undefined) => CacheEntity[]>({ max });
  const cache: typeof store = {
    get: (key) => store.get(key),
    invalidate: (entities) => store.invalidate(entities),
    set(key, result, entities, ttl) {
      const tags = pendingTags.get(key);
      // Without its tags an answer could outlive what it shows: better not cached at all.
      if (tags) return store.set(key, result, [...entities, ...tags((result as { data?: Record<string, unknown> | null }).data)], ttl);
    },
  };
  const anonymous = (request: Request) => !request.headers.has('authorization');
  const cachePlugin = useResponseCache({
    cache,
    ttl: options.ttlSeconds * 1000,
    session: () => null,
    enabled: anonymous,
    // Keys carry a generation, so emptying the cache is one increment.
    buildResponseCacheKey: async (params) => {
      const key = `${generation}:${await defaultBuildResponseCacheKey(params)}`;
      if (params.context) keyOf.set(params.context, key);
      return key;
    },
    // `extensions.responseCache { hit, didCache }` in answers, for tests and diagnosis (RESPONSE_CACHE_METADATA).
    includeExtensionMetadata: options.metadata ?? false,
    // A page of the change feed grows as events arrive; its readers poll for exactly that.
    ttlPerSchemaCoordinate: { 'Query.changes': 0 },
  }) as unknown as GatewayPlugin;
  const tagOperations: GatewayPlugin = {
    onExecute({ args }) {
      const key = keyOf.get(args.contextValue as object);
      if (!key) return;
      const tags = operationCacheTags(args.schema, args.document, args.variableValues ?? {});
      pendingTags.set(key, (data) => [...tags, ...nullReferenceTags(args.schema, args.document, data)]);
    },
  };
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
  const purge = (entities: Iterable<CacheEntity>) => void cache.invalidate(entities);
  return { plugins: [tagOperations, cachePlugin, emptyOnMutation], purge };
}

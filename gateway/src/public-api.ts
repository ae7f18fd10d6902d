/**
 * Everything that makes the gateway a public API: limits, caching, trusted documents, CORS, masked errors with request ids, readiness of the subgraphs, metrics and logs. Returns the
 * Hive Gateway runtime options and the plugins, in the order they must run.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useRequestDeadline } from '@whatwg-node/server';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { useRequestSignalListeners } from './plugins/abort-listeners.ts';
import { useExpensiveConcurrency } from './plugins/concurrency.ts';
import { useCostLimit } from './plugins/cost.ts';
import { maskError, useErrorRequestIds } from './plugins/errors.ts';
import { useHttpCache } from './plugins/http-cache.ts';
import { useHttpRefusals } from './plugins/http-refusals.ts';
import { useKnownOperationTypes } from './plugins/operation-types.ts';
import { limitPlugins } from './plugins/limits.ts';
import { hiveLogger, trustedOperationNames, useMetrics } from './plugins/observability.ts';
import { loadPersistedDocuments, persistedDocumentsOptions } from './plugins/persisted-documents.ts';
import { useReadiness } from './plugins/readiness.ts';
import { createRequestIds, REQUEST_ID_HEADER } from './plugins/request-id.ts';
import { responseCachePlugins } from './plugins/response-cache.ts';
import { refusalBody, refusalResponse } from './plugins/refusal.ts';
import type { PublicApiConfig } from './public-config.ts';

export const GRAPHQL_ENDPOINT = '/graphql';

export function publicApi(config: PublicApiConfig, subgraphUrls: Record<string, string>, logger: Logger, metrics: Registry) {
  const requestIds = createRequestIds();
  const log = hiveLogger(logger);
  const persisted = loadPersistedDocuments(config.persistedDocuments.dir);
  const runtime = {
    logging: log,
    healthCheckEndpoint: '/healthz',
    // Our /readyz (plugins/readiness.ts) also asks the subgraphs; Hive's own only knows the schema loaded.
    readinessCheckEndpoint: '/readyz-schema',
    requestId: { headerName: REQUEST_ID_HEADER, generateRequestId: requestIds.generate },
    maskedErrors: { maskError },
    // One operation per request: a batch would multiply every limit below by its length.
    batching: false,
    // A request that times out or whose client goes away stops its work, subgraph calls included.
    executionCancellation: true,
    upstreamCancellation: true,
    cors: {
      origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'idempotency-key', config.rateLimit.apiKeyHeader, REQUEST_ID_HEADER],
      exposedHeaders: [REQUEST_ID_HEADER, 'etag', 'retry-after'],
      credentials: false,
      maxAge: 600,
    },
    persistedDocuments: persistedDocumentsOptions(persisted, config.persistedDocuments.onlyForAnonymous),
  };
  const responseCache = config.cache.responseCache ? responseCachePlugins({ ttlSeconds: config.cache.maxAgeSeconds, metadata: config.cache.metadata }) : null;
  const plugins: GatewayPlugin[] = [
    useRequestDeadline({
      timeout: config.limits.operationTimeoutMs,
      response: () => {
        const body = refusalBody(`The operation did not finish within ${config.limits.operationTimeoutMs} ms.`, 'OPERATION_TIMEOUT');
        return refusalResponse(Response, 504, body, { connection: 'close' });
      },
    }) as GatewayPlugin,
    useRequestSignalListeners(),
    useReadiness({ endpoint: '/readyz', subgraphUrls }),
    useMetrics(log, metrics, trustedOperationNames(persisted)),
    // Rate limits are applied before this, at the HTTP layer (rate-limit.ts), so a refused client costs nothing here.
    useHttpRefusals(GRAPHQL_ENDPOINT),
    useHttpCache({ maxAgeSeconds: config.cache.maxAgeSeconds, graphqlEndpoint: GRAPHQL_ENDPOINT }),
    useErrorRequestIds(requestIds, logger),
    useKnownOperationTypes(),
    ...(limitPlugins(config.limits, config.production) as GatewayPlugin[]),
    useCostLimit(config.limits),
    ...(responseCache?.plugins ?? []),
    // Last: a cached answer or a refusal above never waits for a turn.
    useExpensiveConcurrency(config.concurrency, metrics),
  ];
  return { runtime, plugins, persistedDocuments: persisted, purgeCache: responseCache?.purge };
}

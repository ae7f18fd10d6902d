/**
 * Logs and metrics: Hive's logger writing to pino, and Prometheus metrics per operation and subgraph
 * with fixed label sets. Operation names come only from the trusted-documents store (anything else
 * is "other"), and no label holds a URL, so no client can add series or read another's variables.
 */
import { Logger as HiveLogger } from '@graphql-hive/logger';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import usePrometheus, { createCounter, createHistogram } from '@graphql-mesh/plugin-prometheus';
import { Kind, parse } from 'graphql';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

/** The gateway's own logger, so its lines (with requestId) come out as the same pino JSON as ours. */
export function hiveLogger(logger: Logger): HiveLogger {
  const level = logger.level === 'silent' ? false : (logger.level as 'trace' | 'debug' | 'info' | 'warn' | 'error');
  return new HiveLogger({ level: level === ('fatal' as string) ? 'error' : level, writers: [new PinoLogWriter(logger)] });
}

/** The operation names of the registered documents: the only names metrics show. */
export function trustedOperationNames(documents: Map<string, string>): Set<string> {
  const names = new Set<string>();
  for (const text of documents.values()) {
    for (const definition of parse(text).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Metrics into `registry` (served by server.ts: behind METRICS_TOKEN or on METRICS_PORT). */
export function useMetrics(log: HiveLogger, registry: Registry, trustedNames: Set<string>): GatewayPlugin {
  const operation = (params: { operationName?: string | undefined; operationType?: string | undefined }) => ({
    operationName: params.operationName && trustedNames.has(params.operationName) ? params.operationName : 'other',
    operationType: params.operationType ?? 'unknown',
  });
  const OPERATION = ['operationName', 'operationType'] as const;
  return usePrometheus({
    log,
    registry,
    // The plugin reads `false` as its default path; server.ts answers /metrics before it is reached.
    endpoint: false,
    metrics: {
      // Everything not listed below is off: the plugin's defaults label by URL (fetch) or add series freely.
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
      graphql_gateway_fetch_duration: false,
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time spent on HTTP connection',
          labelNames: [...OPERATION, 'method', 'statusCode'],
          buckets: BUCKETS,
        },
        fillLabelsFn: (params, { request, response }: { request: Request; response: Response }) => ({
          ...operation(params),
          method: request.method,
          statusCode: response.status,
        }),
        phases: ['request'],
      }),
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: 'graphql_envelop_request', help: 'Operations executed', labelNames: [...OPERATION] },
        fillLabelsFn: operation,
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_envelop_request_duration', help: 'Time to execute an operation', labelNames: [...OPERATION], buckets: BUCKETS },
        fillLabelsFn: operation,
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: { name: 'graphql_envelop_error_result', help: 'Operations that ended with errors, by phase', labelNames: [...OPERATION, 'phase'] },
        fillLabelsFn: (params) => ({ ...operation(params), phase: params.errorPhase ?? 'unknown' }),
      }),
      graphql_gateway_subgraph_execute_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_gateway_subgraph_execute_duration', help: 'Time of a subgraph request', labelNames: ['subgraphName'], buckets: BUCKETS },
        fillLabelsFn: (params: { subgraphName: string }) => ({ subgraphName: params.subgraphName }),
      }),
      graphql_gateway_subgraph_execute_errors: createCounter({
        registry,
        counter: { name: 'graphql_gateway_subgraph_execute_errors', help: 'Errors in subgraph answers', labelNames: ['subgraphName'] },
        fillLabelsFn: (params: { subgraphName: string }) => ({ subgraphName: params.subgraphName }),
      }),
    },
  }) as unknown as GatewayPlugin;
}

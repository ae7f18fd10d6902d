/** Logs and metrics: Hive's logger writing to pino, and Prometheus metrics per operation and subgraph. */
import { Logger as HiveLogger } from '@graphql-hive/logger';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import usePrometheus from '@graphql-mesh/plugin-prometheus';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';

/** The gateway's own logger, so its lines (with requestId) come out as the same pino JSON as ours. */
export function hiveLogger(logger: Logger): HiveLogger {
  const level = logger.level === 'silent' ? false : (logger.level as 'trace' | 'debug' | 'info' | 'warn' | 'error');
  return new HiveLogger({ level: level === ('fatal' as string) ? 'error' : level, writers: [new PinoLogWriter(logger)] });
}

/** `/metrics` in Prometheus text format; one registry per gateway, so tests can run several. */
export function useMetrics(log: HiveLogger, endpoint = '/metrics'): GatewayPlugin {
  return usePrometheus({
    log,
    registry: new Registry(),
    endpoint,
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_gateway_subgraph_execute_duration: true,
      graphql_gateway_subgraph_execute_errors: true,
      graphql_gateway_fetch_duration: true,
    },
  }) as unknown as GatewayPlugin;
}

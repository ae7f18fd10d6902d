/** Builds the Hive Gateway runtime over the committed supergraph, planned by the Rust query planner. */
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { readSupergraph, type SubgraphName } from '@edu-catalogus/schema';
import { renderLocalGraphiQL } from './graphiql.ts';
import { useChangesEndpoint } from './changes/http.ts';
import { followChanges } from './changes/follow.ts';
import { entitiesTouched } from './changes/purge.ts';
import { genericAuthOptions, identityForwardingPlugins } from './auth/plugins.ts';
import type { TokenVerifier } from './auth/verifier.ts';
import { createFeed, createLogger, httpOutboxReader, silentLogger, type Logger } from '@edu-catalogus/kit/runtime';
import { Registry } from 'prom-client';
import { GRAPHQL_ENDPOINT, publicApi } from './public-api.ts';
import { loadPublicApiConfig, type PublicApiConfig } from './public-config.ts';

export interface GatewayOptions {
  subgraphUrls: Record<SubgraphName, string>;
  /** Supergraph SDL; defaults to schema/supergraph.graphql. */
  supergraph?: string;
  /** Extra plugins, e.g. a test's request counter. */
  plugins?: GatewayPlugin[];
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
  /** Verifies bearer tokens (see auth/verifier.ts). */
  verifyToken: TokenVerifier;
  /** Shared HMAC secret that signs every subgraph request. */
  secret: string;
  /** Limits, caching, CORS, rate limits, trusted documents; default: those of an empty environment. */
  publicApi?: PublicApiConfig;
  /** Where the gateway logs (pino JSON, with request ids); default: from `logging`. */
  logger?: Logger;
  /** Where its Prometheus metrics go; server.ts serves them (METRICS_TOKEN, METRICS_PORT). */
  metricsRegistry?: Registry;
}

export function createGateway(options: GatewayOptions) {
  const logger =
    options.logger ?? (options.logging === false ? silentLogger : createLogger('gateway', typeof options.logging === 'string' ? options.logging : 'warn'));
  const config = options.publicApi ?? loadPublicApiConfig({});
  const api = publicApi(config, options.subgraphUrls, logger, options.metricsRegistry ?? new Registry());
  // The feed's order is the registry's, which the URLs keep (SUBGRAPHS in @edu-catalogus/schema).
  const feed = createFeed(
    Object.keys(options.subgraphUrls),
    httpOutboxReader(() => options.subgraphUrls, options.secret),
  );
  const purge = api.purgeCache;
  // Other gateways' publishes reach this one's response cache through the feed (changes/follow.ts).
  const freshness = purge
    ? [followChanges({ feed, intervalMs: config.cache.changesPollMs, logger, onEvents: (events) => purge(events.flatMap(entitiesTouched)) })]
    : [];
  return createGatewayRuntime({
    ...api.runtime,
    supergraph: options.supergraph ?? readSupergraph(),
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }])),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    renderGraphiQL: renderLocalGraphiQL,
    genericAuth: genericAuthOptions(options.verifyToken),
    plugins: () => [useChangesEndpoint(feed), ...freshness, ...api.plugins, ...identityForwardingPlugins(options.secret), ...(options.plugins ?? [])],
  });
}
export type Gateway = ReturnType<typeof createGateway>;

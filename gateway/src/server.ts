/** Serves a gateway runtime on node:http; resolves once listening. */
import type { AddressInfo } from 'node:net';
import {
  answerMetrics,
  listen,
  loadOrCreateSecret,
  METRICS_PATH,
  registerEventLoopDelay,
  SITE_KEY_FILE,
  wellFormedRequestId,
  writeMetrics,
  type RunningServer,
  type ServerLimits,
} from '@edu-catalogus/kit/runtime';
import { Registry } from 'prom-client';
import { createTokenVerifier } from './auth/verifier.ts';
import type { GatewayConfig } from './config.ts';
import { createGateway, type GatewayOptions } from './gateway.ts';
import { withBodyLimit } from './body-limit.ts';
import { GRAPHQL_ENDPOINT } from './public-api.ts';
import { withRateLimit } from './rate-limit.ts';
import { serveGraphiQLAsset } from './graphiql.ts';
import { loadPublicApiConfig } from './public-config.ts';

export interface RunningGateway {
  url: string;
  /** `http://<METRICS_HOST>:<port>/metrics` when a metrics port was asked for. */
  metricsUrl?: string;
  close: () => Promise<void>;
}

export interface MetricsServing {
  /** METRICS_TOKEN: `/metrics` on the public port answers to it (else 404 there). */
  token?: string | undefined;
  /** METRICS_PORT: a separate listener without a token (0: any free port). */
  port?: number | undefined;
  host?: string;
}

/** The metrics port: only `/metrics`, for a scraper on the same machine or network. */
async function startMetricsServer(registry: Registry, port: number, host: string): Promise<RunningServer> {
  return listen(
    (req, res) => void (new URL(req.url ?? '/', 'http://localhost').pathname === METRICS_PATH ? writeMetrics(res, registry) : res.writeHead(404).end()),
    port,
    host,
  );
}

export async function startGateway(
  options: GatewayOptions & { port: number; host?: string; metrics?: MetricsServing; server?: Partial<ServerLimits> },
): Promise<RunningGateway> {
  const metricsRegistry = options.metricsRegistry ?? new Registry();
  registerEventLoopDelay(metricsRegistry);
  const gateway = createGateway({ ...options, metricsRegistry });
  const publicApi = options.publicApi ?? loadPublicApiConfig({});
  // A client over its rate budget is refused before its body is read (rate-limit.ts), then the body limit.
  const limited = withRateLimit(withBodyLimit(gateway, publicApi.limits.maxBodyBytes), {
    ...publicApi.rateLimit,
    corsOrigins: publicApi.corsOrigins,
    endpoint: GRAPHQL_ENDPOINT,
    registry: metricsRegistry,
  });
  const host = options.host ?? '127.0.0.1';
  const running = await listen(
    (req, res) => {
      if (serveGraphiQLAsset(req, res)) return;
      if (new URL(req.url ?? '/', 'http://localhost').pathname === METRICS_PATH) return void answerMetrics(req, res, metricsRegistry, options.metrics?.token);
      // Hive Gateway adopts a client's x-request-id as is; a malformed one is replaced by a fresh id.
      if (req.headers['x-request-id'] !== undefined && !wellFormedRequestId(req.headers['x-request-id'])) delete req.headers['x-request-id'];
      return void limited(req, res);
    },
    options.port,
    host,
    options.server ?? {},
  );
  const { port } = running.server.address() as AddressInfo;
  const metricsPort = options.metrics?.port;
  const metricsServer = metricsPort === undefined ? undefined : await startMetricsServer(metricsRegistry, metricsPort, options.metrics?.host ?? '127.0.0.1');
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/graphql`,
    ...(metricsServer ? { metricsUrl: metricsServer.url.replace(/\/graphql$/, METRICS_PATH) } : {}),
    // Stops accepting connections, lets in-flight requests finish, then disposes the runtime; once.
    close: () =>
      (closing ??= (async () => {
        await running.close();
        await metricsServer?.close();
        await gateway.dispose();
      })()),
  };
}

/** Starts the gateway a config describes: the HMAC secret and token verifier are resolved here. */
export async function startConfiguredGateway(
  config: GatewayConfig,
  extra: Pick<GatewayOptions, 'plugins' | 'logging' | 'supergraph' | 'logger'> = {},
): Promise<RunningGateway> {
  const secret = loadOrCreateSecret(config.dataDir, config.hmacSecret);
  const verifyToken = await createTokenVerifier(config.auth);
  // The web front-end on the same DATA_DIR is a registered portal (its own, larger rate budget).
  const siteKey = loadOrCreateSecret(config.dataDir, undefined, SITE_KEY_FILE);
  const { rateLimit } = config.publicApi;
  const publicApi = { ...config.publicApi, rateLimit: { ...rateLimit, portalApiKeys: [...rateLimit.portalApiKeys, siteKey] } };
  return startGateway({
    ...extra,
    subgraphUrls: config.subgraphUrls,
    port: config.port,
    host: config.host,
    secret,
    verifyToken,
    publicApi,
    metrics: config.metrics,
    server: config.server,
  });
}

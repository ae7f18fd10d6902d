/** Serves a gateway runtime on node:http; resolves once listening. */
import type { AddressInfo } from 'node:net';
import { listen, loadOrCreateSecret, SITE_KEY_FILE, wellFormedRequestId, type ServerLimits } from '@edu-catalogus/kit';
import { createTokenVerifier } from './auth/verifier.ts';
import type { GatewayConfig } from './config.ts';
import { createGateway, type GatewayOptions } from './gateway.ts';
import { withBodyLimit } from './body-limit.ts';
import { serveGraphiQLAsset } from './graphiql.ts';
import { loadPublicApiConfig } from './public-config.ts';

export interface RunningGateway {
  url: string;
  close: () => Promise<void>;
}

export async function startGateway(options: GatewayOptions & { port: number; host?: string; server?: Partial<ServerLimits> }): Promise<RunningGateway> {
  const gateway = createGateway(options);
  const maxBodyBytes = (options.publicApi ?? loadPublicApiConfig({})).limits.maxBodyBytes;
  const limited = withBodyLimit(gateway, maxBodyBytes);
  const host = options.host ?? '127.0.0.1';
  const running = await listen(
    (req, res) => {
      if (serveGraphiQLAsset(req, res)) return;
      // Hive Gateway adopts a client's x-request-id as is; a malformed one is replaced by a fresh id.
      if (req.headers['x-request-id'] !== undefined && !wellFormedRequestId(req.headers['x-request-id'])) delete req.headers['x-request-id'];
      return void limited(req, res);
    },
    options.port,
    host,
    options.server ?? {},
  );
  const { port } = running.server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/graphql`,
    // Stops accepting connections, lets in-flight requests finish, then disposes the runtime; once.
    close: () =>
      (closing ??= (async () => {
        await running.close();
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
  return startGateway({ ...extra, subgraphUrls: config.subgraphUrls, port: config.port, host: config.host, server: config.server, secret, verifyToken, publicApi });
}

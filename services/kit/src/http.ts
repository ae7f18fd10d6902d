/** Serves an Apollo Server over node:http with health endpoints; no framework needed for one route. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { storageFailure } from './errors.ts';
import { wellFormedRequestId, withRequestId } from './logger.ts';
import { answerMetrics, createHttpMetrics, METRICS_PATH } from './metrics.ts';
import { drainable } from './drain.ts';
import type { Health } from './health.ts';
import { capConnectionsPerIp, loadServerLimits, serverOptions, type ServerLimits } from './server-limits.ts';
import { identitySchema, type Identity } from './identity.ts';
import { createReplayGuard, type ReplayGuard } from './replay-guard.ts';
import { IDEMPOTENCY_KEY, withIdempotencyKey } from './idempotency-key.ts';
import {
  IDEMPOTENCY_KEY_EXTENSION,
  IDENTITY_EXTENSION,
  NONCE_EXTENSION,
  SIGNATURE_EXTENSION,
  SIGNED_AT_EXTENSION,
  signedPayload,
  verifySignature,
} from './signing.ts';

export interface HttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** Builds the request context from the verified identity the gateway forwarded (null: anonymous). */
  context: (identity: Identity | null) => Promise<C>;
  /** The gateway's HMAC secret: GraphQL requests without a valid signature are refused. */
  secret: string;
  logger: Logger;
  /** Readiness beyond "process is up": the database answers, is intact and writable (health.ts; PostgreSQL: postgres/health.ts). */
  ready?: () => boolean | Health | Promise<boolean | Health>;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
  /** METRICS_TOKEN: `/metrics` answers only to it; unset, `/metrics` is not served. */
  metricsToken?: string | undefined;
  /** Where nonces of signed requests are remembered: this process (default) or, for replicas, PostgreSQL (createSharedReplayGuard). */
  replays?: ReplayGuard;
}

export interface RunningServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

// Loaded on the first subgraph request, so the gateway and the web (readBody, listen, runProcess) never load Apollo.
let apolloHeaderMap: Promise<typeof import('@apollo/server').HeaderMap> | undefined;
const headerMapClass = () => (apolloHeaderMap ??= import('@apollo/server').then((apollo) => apollo.HeaderMap));

export class BodyTooLarge extends Error {}

/** The request body as text; throws BodyTooLarge past `limit` bytes (the gateway reads bodies with it too). */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

const refuse = (res: ServerResponse, status: number, message: string, code: string) => sendJson(res, status, { errors: [{ message, extensions: { code } }] });

class Unsigned extends Error {}

/**
 * Checks the gateway's signature over query, variables, operation name, identity, timestamp, nonce
 * and idempotency key, refuses replays, and returns the identity and key it vouches for. Everything else in `extensions`
 * is ignored: only signed data is trusted.
 */
async function verifiedRequest(
  secret: string,
  replays: ReplayGuard,
  body: unknown,
): Promise<{ identity: Identity | null; idempotencyKey: string | undefined }> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Unsigned('The request is not a signed GraphQL request.');
  const { query, variables, operationName, extensions } = body as {
    query?: unknown;
    variables?: unknown;
    operationName?: unknown;
    extensions?: Record<string, unknown>;
  };
  const identity = extensions?.[IDENTITY_EXTENSION];
  const signedAt = extensions?.[SIGNED_AT_EXTENSION];
  const nonce = extensions?.[NONCE_EXTENSION];
  const idempotencyKey = extensions?.[IDEMPOTENCY_KEY_EXTENSION];
  if (
    !verifySignature(secret, signedPayload({ query, variables, operationName, identity, signedAt, nonce, idempotencyKey }), extensions?.[SIGNATURE_EXTENSION])
  ) {
    throw new Unsigned('The request is not signed by the gateway.');
  }
  // Only after the signature: nobody but the gateway can fill the nonce memory.
  const replay = await replays.check(signedAt, nonce);
  if (replay) throw new Unsigned(replay);
  if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(idempotencyKey)))
    throw new Unsigned('The forwarded idempotency key is malformed.');
  if (identity == null) return { identity: null, idempotencyKey };
  const parsed = identitySchema.safeParse(identity);
  if (!parsed.success) throw new Unsigned('The forwarded identity is malformed.');
  if (parsed.data.exp !== undefined && parsed.data.exp * 1000 < Date.now()) throw new Unsigned('The forwarded identity has expired.');
  return { identity: parsed.data, idempotencyKey };
}

export function createHttpHandler<C extends BaseContext>(options: HttpOptions<C>) {
  const limit = options.maxBodyBytes ?? 1_000_000;
  const metrics = createHttpMetrics();
  const replays = options.replays ?? createReplayGuard();
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    metrics.track(req, res);
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === METRICS_PATH) return answerMetrics(req, res, metrics.registry, options.metricsToken);
    if (url.pathname === '/readyz') {
      let health: Health;
      try {
        const ready = (await options.ready?.()) ?? true;
        health = typeof ready === 'boolean' ? { ok: ready } : ready;
      } catch (error) {
        health = { ok: false, reason: `readiness check failed: ${(error as Error).message}` };
      }
      return sendJson(res, health.ok ? 200 : 503, { status: health.ok ? 'ready' : 'not ready', ...(health.reason ? { reason: health.reason } : {}) });
    }
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    try {
      const headers = new (await headerMapClass())();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      // Only the gateway talks to a subgraph, and only with signed POSTs.
      if (req.method !== 'POST') return refuse(res, 405, 'Subgraphs accept only signed POST requests from the gateway.', 'METHOD_NOT_ALLOWED');
      if (!(headers.get('content-type') ?? '').includes('json')) return refuse(res, 415, 'Send application/json.', 'BAD_REQUEST');
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req, limit));
      } catch (error) {
        if (error instanceof BodyTooLarge) throw error;
        return refuse(res, 400, 'Request body is not valid JSON.', 'BAD_REQUEST');
      }
      const { identity, idempotencyKey } = await verifiedRequest(options.secret, replays, body);
      // The key reaches the curation engine's writes through the request's async context.
      const response = await withIdempotencyKey(idempotencyKey, body as object, () =>
        options.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: url.search, body },
          context: () => options.context(identity),
        }),
      );
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(res, 413, 'Request body is too large.', 'BAD_REQUEST');
      if (error instanceof Unsigned) return refuse(res, 401, error.message, 'UNAUTHENTICATED');
      // The store failed outside a resolver (the replay guard's nonce claim on PostgreSQL): answered as in one.
      const storage = storageFailure(error);
      if (storage && !res.headersSent) {
        options.logger.error({ err: error }, 'storage failure');
        res.setHeader('retry-after', '5');
        return refuse(res, 503, storage.message, storage.code);
      }
      options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
  // The gateway's request id follows the request into every log line it causes here.
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => withRequestId(wellFormedRequestId(req.headers['x-request-id']), () => handle(req, res));
}

/** Listens on `port` (0 = any free port) on `host`; resolves once listening. `close` drains (see drain.ts). */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host = '127.0.0.1',
  limits: Partial<ServerLimits> = {},
): Promise<RunningServer> {
  const defaults = loadServerLimits({});
  const server = createServer(serverOptions({ ...defaults, ...limits }), handler);
  capConnectionsPerIp(server, limits.maxConnectionsPerIp ?? 0);
  const { drain } = drainable(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${address.port}/graphql`,
    close: async () => void (await drain()),
  };
}

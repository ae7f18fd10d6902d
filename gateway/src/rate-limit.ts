/**
 * Per-client rate limiting at the HTTP layer, before anything else the gateway does for a request
 * (reading its body, Hive Gateway's request object and plugins, GraphQL parsing), so a client over
 * its budget costs almost nothing: by API key for registered portals, else by IP (the client's, not
 * a trusted reverse proxy's). Over the limit: 429 with Retry-After and a GraphQL error body carrying
 * a code, readable by a browser on an allowed origin; the refused request's body is never read.
 * The client decided here is kept with the request (`clientOf`) for the concurrency limit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createProxyTrust } from '@edu-catalogus/kit/runtime';
import { Counter, type Registry } from 'prom-client';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { refusalBody } from './plugins/refusal.ts';
import type { PublicApiConfig } from './public-config.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface Client {
  /** `key:<api key>` for a registered portal, else `ip:<address>`. */
  key: string;
  portal: boolean;
}
const clients = new WeakMap<object, Client>();
/** The client a request came from, as the rate limit saw it (`req` is Node's request; undefined when it did not pass here). */
export const clientOf = (req: unknown): Client | undefined => (req && typeof req === 'object' ? clients.get(req) : undefined);

export function withRateLimit(
  handler: Handler,
  options: PublicApiConfig['rateLimit'] & { corsOrigins: string[]; endpoint: string; registry: Registry },
): Handler {
  const byIp = new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  const byPortal = new RateLimiterMemory({ points: options.portalPoints, duration: options.windowSeconds });
  const portalKeys = new Set(options.portalApiKeys);
  // The client's address: the socket peer, or behind trusted proxies the right-most X-Forwarded-For entry that is not one of them.
  const proxies = createProxyTrust(options.trustedProxies);
  const refused = new Counter({
    name: 'gateway_rate_limited',
    help: 'Requests refused by the rate limit',
    labelNames: ['client'],
    registers: [options.registry],
  });
  const anyOrigin = options.corsOrigins.includes('*');
  const allowedOrigins = new Set(options.corsOrigins);

  return async (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== options.endpoint) return handler(req, res);
    const key = req.headers[options.apiKeyHeader];
    const portal = typeof key === 'string' && portalKeys.has(key);
    const client = { key: portal ? `key:${key}` : `ip:${proxies.clientIp(req)}`, portal };
    clients.set(req, client);
    try {
      await (portal ? byPortal : byIp).consume(client.key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      refused.inc({ client: portal ? 'portal' : 'ip' });
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const origin = req.headers.origin;
      const cors =
        anyOrigin || (origin && allowedOrigins.has(origin))
          ? { 'access-control-allow-origin': anyOrigin ? '*' : origin!, 'access-control-expose-headers': 'retry-after', vary: 'origin' }
          : {};
      res
        .writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter), ...cors })
        .end(refusalBody(`Too many requests; try again in ${retryAfter} s.`, 'RATE_LIMITED', { retryAfter }));
      return;
    }
    return handler(req, res);
  };
}

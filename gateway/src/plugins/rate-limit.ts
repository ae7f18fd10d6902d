/**
 * Per-client rate limiting before any GraphQL work: by API key for registered portals, else by IP
 * (the client's, not a trusted reverse proxy's).
 * Over the limit: 429 with Retry-After and a GraphQL error body carrying a code.
 */
import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import proxyaddr from 'proxy-addr';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { PublicApiConfig } from '../public-config.ts';
import { refusalBody, refusalResponse } from './refusal.ts';

/**
 * The client's address: the socket peer, or behind trusted proxies the right-most X-Forwarded-For
 * entry that is not one of them, so a client cannot choose its bucket by sending the header itself.
 * (whatwg-node puts the node:http request in the server context.)
 */
function clientIp(serverContext: unknown, trusted: (address: string, hop: number) => boolean): string {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.socket?.remoteAddress ? proxyaddr(req, trusted) : 'unknown';
}

export function useRateLimit(options: PublicApiConfig['rateLimit'], graphqlEndpoint: string): GatewayPlugin {
  const byIp = new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  const byPortal = new RateLimiterMemory({ points: options.portalPoints, duration: options.windowSeconds });
  const portalKeys = new Set(options.portalApiKeys);
  const trusted = proxyaddr.compile(options.trustedProxies);
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint) return;
      const key = request.headers.get(options.apiKeyHeader);
      const [limiter, client] = key && portalKeys.has(key) ? [byPortal, `key:${key}`] : [byIp, `ip:${clientIp(serverContext, trusted)}`];
      try {
        await limiter.consume(client);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        const body = refusalBody(`Too many requests; try again in ${retryAfter} s.`, 'RATE_LIMITED', { retryAfter });
        endResponse(refusalResponse(fetchAPI.Response, 429, body, { 'retry-after': String(retryAfter) }));
      }
    },
  };
}

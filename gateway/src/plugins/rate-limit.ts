/**
 * Per-client rate limiting before any GraphQL work: by API key for registered portals, else by IP.
 * Over the limit: 429 with Retry-After and a GraphQL error body carrying a code.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { PublicApiConfig } from '../public-config.ts';
import { refusalBody } from './refusal.ts';

/** The client's address as node:http saw it (whatwg-node puts the node request in the server context). */
function clientIp(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'unknown';
}

export function useRateLimit(options: PublicApiConfig['rateLimit'], graphqlEndpoint: string): GatewayPlugin {
  const byIp = new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  const byPortal = new RateLimiterMemory({ points: options.portalPoints, duration: options.windowSeconds });
  const portalKeys = new Set(options.portalApiKeys);
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint) return;
      const key = request.headers.get(options.apiKeyHeader);
      const [limiter, client] = key && portalKeys.has(key) ? [byPortal, `key:${key}`] : [byIp, `ip:${clientIp(serverContext)}`];
      try {
        await limiter.consume(client);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        endResponse(
          new fetchAPI.Response(
            refusalBody(`Too many requests; try again in ${retryAfter} s.`, 'RATE_LIMITED', { retryAfter }),
            { status: 429, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) } },
          ),
        );
      }
    },
  };
}

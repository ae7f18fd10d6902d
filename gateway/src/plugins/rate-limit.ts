/**
 * Per-client rate limiting before any GraphQL work: by API key for registered portals, else by IP
 * (the client's, not a trusted reverse proxy's).
 * Over the limit: 429 with Retry-After and a GraphQL error body carrying a code.
 */
import type { IncomingMessage } from 'node:http';
import { createProxyTrust } from '@edu-catalogus/kit/runtime';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { PublicApiConfig } from '../public-config.ts';
import { refusalBody, refusalResponse } from './refusal.ts';

export function useRateLimit(options: PublicApiConfig['rateLimit'], graphqlEndpoint: string): GatewayPlugin {
  const byIp = new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  const byPortal = new RateLimiterMemory({ points: options.portalPoints, duration: options.windowSeconds });
  const portalKeys = new Set(options.portalApiKeys);
  // The client's address: the socket peer, or behind trusted proxies the right-most X-Forwarded-For
  // entry that is not one of them (whatwg-node puts the node:http request in the server context).
  const proxies = createProxyTrust(options.trustedProxies);
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint) return;
      const key = request.headers.get(options.apiKeyHeader);
      const [limiter, client] =
        key && portalKeys.has(key) ? [byPortal, `key:${key}`] : [byIp, `ip:${proxies.clientIp((serverContext as { req?: IncomingMessage } | undefined)?.req)}`];
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

/**
 * Who is asking: the visitor's IP (behind TRUSTED_PROXIES, from X-Forwarded-For, as at the gateway)
 * and whether they came over https, for Secure cookies. Each visitor gets a page budget per window
 * (rate-limiter-flexible) before the site spends its shared gateway budget on them.
 */
import { createProxyTrust } from '@edu-catalogus/kit/runtime';
import type { MiddlewareHandler } from 'hono';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppEnv, Visitor } from '../env.ts';

export type { Visitor } from '../env.ts';

export interface VisitorOptions {
  trustedProxies?: string[] | undefined;
  /** An https public URL makes every cookie Secure whatever the request says. */
  publicUrl?: string | undefined;
}

/** The visitor is known before any page runs. */
export function visitorMiddleware(options: VisitorOptions): MiddlewareHandler<AppEnv> {
  const proxies = createProxyTrust(options.trustedProxies ?? []);
  const publicHttps = options.publicUrl?.startsWith('https:') ?? false;
  return async (c, next) => {
    // @hono/node-server passes the node:http request; elsewhere (app.request in tests) there is none.
    const incoming = c.env?.incoming;
    const https = publicHttps || new URL(c.req.url).protocol === 'https:' || proxies.forwardedHttps(incoming);
    c.set('visitor', { ip: proxies.clientIp(incoming), https });
    await next();
  };
}

export class VisitorTooBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many requests; retry after ${retryAfterSeconds} s`);
  }
}

/** Pages per visitor IP per window; over it, VisitorTooBusy (a 429 page, routes/errors.tsx). */
export function visitorRateLimit(options: { points: number; windowSeconds: number }): MiddlewareHandler<AppEnv> {
  const limiter = new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  return async (c, next) => {
    try {
      await limiter.consume(c.var.visitor.ip);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw new VisitorTooBusy(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    await next();
  };
}

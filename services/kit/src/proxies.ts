/**
 * Reverse proxies: which peers may name the client (X-Forwarded-For) and the scheme
 * (X-Forwarded-Proto). proxy-addr decides, for the gateway's rate limits and the site's alike, so a
 * client can never pick its own rate-limit bucket or claim https by sending a header itself.
 */
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';

/** proxy-addr's own parser decides what it accepts, so nothing can fail later on a value that passed here. */
function compilesAsTrust(entries: string[]): boolean {
  try {
    proxyaddr.compile(entries);
    return true;
  } catch {
    return false;
  }
}

/** `TRUSTED_PROXIES`: comma-separated IPs or CIDR ranges. */
export const trustedProxiesSetting = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine(compilesAsTrust, 'must be a comma-separated list of IP addresses or CIDR ranges (10.0.0.0/8)');

export interface ProxyTrust {
  /** The socket peer, or behind trusted proxies the right-most X-Forwarded-For entry that is not one of them. */
  clientIp(req: IncomingMessage | undefined): string;
  /** True when a trusted proxy peer says the client came over https. */
  forwardedHttps(req: IncomingMessage | undefined): boolean;
}

export function createProxyTrust(trustedProxies: string[]): ProxyTrust {
  const trust = proxyaddr.compile(trustedProxies);
  return {
    clientIp: (req) => (req?.socket?.remoteAddress ? proxyaddr(req, trust) : 'unknown'),
    forwardedHttps: (req) => {
      const peer = req?.socket?.remoteAddress;
      if (!req || !peer || !trust(peer, 0)) return false;
      const proto = req.headers['x-forwarded-proto'];
      // The proxy next to us speaks last; a list means proxies appended in turn.
      const last = (Array.isArray(proto) ? proto.join(',') : (proto ?? '')).split(',').at(-1)?.trim().toLowerCase();
      return last === 'https';
    },
  };
}

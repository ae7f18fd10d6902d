/** The web front-end over a running stack, on a free loopback port. */
import { silentLogger } from '@edu-catalogus/kit/runtime';
import { startWeb, type RunningWeb } from '@edu-catalogus/web';
import type { Stack } from './stack.ts';

export type WebOverrides = Partial<Omit<Parameters<typeof startWeb>[0], 'port' | 'logger'>>;

/**
 * One test client plays many visitors, so the per-visitor page and report limits are lifted unless a test sets them.
 * Over a stack on PostgreSQL the site keeps its sign-outs there too, as a deployment with DATABASE_URL does.
 */
export function startWebOver(stack: Stack, overrides: WebOverrides = {}): Promise<RunningWeb> {
  return startWeb({
    port: 0,
    gatewayUrl: stack.gatewayUrl,
    databaseUrl: stack.databaseUrl,
    logger: silentLogger,
    rateLimit: { points: 1_000_000, windowSeconds: 60 },
    reportLimits: { perVisitor: 1_000_000, total: 1_000_000, windowSeconds: 3600 },
    ...overrides,
  });
}

/** GETs a page without following redirects: status, headers and the HTML. */
export async function getPage(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { redirect: 'manual', headers });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** The schema.org objects of a page's JSON-LD scripts. */
export function jsonLdOf(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
}

/** The web front-end over a running stack, on a free loopback port. */
import { silentLogger } from '@edu-catalogus/kit';
import { startWeb, type RunningWeb } from '@edu-catalogus/web';
import type { Stack } from './stack.ts';

export function startWebOver(stack: Stack): Promise<RunningWeb> {
  return startWeb({ port: 0, gatewayUrl: stack.gatewayUrl, logger: silentLogger });
}

/** GETs a page without following redirects: status, headers and the HTML. */
export async function getPage(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** The schema.org objects of a page's JSON-LD scripts. */
export function jsonLdOf(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
}

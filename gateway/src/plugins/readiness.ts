/** `/readyz`: ready only when every subgraph answers its own `/readyz` within a short bound. */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

const CHECK_TIMEOUT_MS = 2000;

async function subgraphReady(graphqlUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/readyz', graphqlUrl), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

export function useReadiness(options: { endpoint: string; subgraphUrls: Record<string, string> }): GatewayPlugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== options.endpoint) return;
      const entries = await Promise.all(Object.entries(options.subgraphUrls).map(async ([name, u]) => [name, await subgraphReady(u)] as const));
      const ready = entries.every(([, ok]) => ok);
      const subgraphs = Object.fromEntries(entries.map(([name, ok]) => [name, ok ? 'ready' : 'unreachable']));
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ready ? 'ready' : 'not ready', subgraphs }), {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}

/**
 * `/readyz`: ready only when every subgraph answers its own `/readyz` within a short bound. When not,
 * `subgraphs` names each one's state and `reasons` says why (the subgraph's own reason: a corrupt or
 * read-only database, a full disk; or that it cannot be reached).
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

const CHECK_TIMEOUT_MS = 2000;

type State = { state: 'ready' | 'not ready' | 'unreachable'; reason?: string };

async function subgraphState(graphqlUrl: string): Promise<State> {
  try {
    const response = await fetch(new URL('/readyz', graphqlUrl), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    if (response.ok) return (await response.body?.cancel(), { state: 'ready' });
    const body = (await response.json().catch(() => ({}))) as { reason?: unknown };
    return { state: 'not ready', reason: typeof body.reason === 'string' ? body.reason : `its /readyz answered ${response.status}` };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return { state: 'unreachable', reason: timedOut ? `no answer within ${CHECK_TIMEOUT_MS} ms` : 'connection failed' };
  }
}

export function useReadiness(options: { endpoint: string; subgraphUrls: Record<string, string> }): GatewayPlugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== options.endpoint) return;
      const entries = await Promise.all(Object.entries(options.subgraphUrls).map(async ([name, u]) => [name, await subgraphState(u)] as const));
      const ready = entries.every(([, s]) => s.state === 'ready');
      const subgraphs = Object.fromEntries(entries.map(([name, s]) => [name, s.state]));
      const reasons = Object.fromEntries(entries.filter(([, s]) => s.reason).map(([name, s]) => [name, s.reason]));
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ready ? 'ready' : 'not ready', subgraphs, ...(ready ? {} : { reasons }) }), {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}

/**
 * A cost-based concurrency limit, so a flood of the most expensive allowed operations cannot take
 * every subgraph's CPU from a teacher's tool page. The rate limit counts requests; this counts what
 * runs at once. An operation whose estimated cost (cost.ts, free-text searches included) reaches
 * `expensiveCost` takes that much of two weighted semaphores (async-mutex) before it executes: its
 * client's (by API key or IP, as the rate limit decided) and the gateway's. So one client's expensive
 * operations queue behind each other instead of sharing the CPU with everyone, and all clients
 * together have at most `total` in flight. Cheap operations (a tool page costs about 20) never wait.
 * A client with `maxQueued` operations already waiting is refused with 429 RATE_LIMITED. The lines
 * themselves (who runs, who queues): expensive-lines.ts.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { PublicApiConfig } from '../public-config.ts';
import { clientOf } from '../rate-limit.ts';
import { estimatedCost } from './cost.ts';
import { createExpensiveLines } from './expensive-lines.ts';
import { refusal } from './refusal.ts';

type Options = PublicApiConfig['concurrency'];

export function useExpensiveConcurrency(options: Options, registry: Registry): GatewayPlugin {
  const lines = createExpensiveLines(options);
  new Gauge({
    name: 'gateway_expensive_waiting',
    help: 'Expensive operations waiting for their turn',
    registers: [registry],
    collect() {
      this.set(lines.waiting());
    },
  });
  const refused = new Counter({
    name: 'gateway_expensive_refused',
    help: 'Expensive operations refused: their client had too many waiting',
    labelNames: ['client'],
    registers: [registry],
  });

  return {
    async onExecute({ context, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const cost = estimatedCost(context) ?? 0;
      if (cost < options.expensiveCost) return;
      const client = clientOf((context as { req?: unknown }).req) ?? { key: 'unknown', portal: false };
      const turn = lines.admit(client, cost);
      if (turn === 'refused') {
        refused.inc({ client: client.portal ? 'portal' : 'ip' });
        const message = `Too many expensive operations at once (${options.maxQueued} already waiting); try again in 1 s.`;
        setResultAndStopExecution({ errors: [refusal(message, 'RATE_LIMITED', 429, { retryAfter: 1 })] });
        return;
      }
      const release = await turn;
      const signal = (context as { request?: Request }).request?.signal;
      // A client that went away (or timed out) while waiting gives its turn to the next one.
      if (signal?.aborted) {
        release();
        return;
      }
      setExecuteFn(async (args) => {
        try {
          return await executeFn(args);
        } finally {
          release();
        }
      });
      // Also when a later plugin answers without executing.
      return { onExecuteDone: release };
    },
  };
}

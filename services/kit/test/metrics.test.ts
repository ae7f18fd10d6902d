/** The event-loop gauge of a process's `/metrics`: the longest stall since the previous scrape, reset by each scrape. */
import { setTimeout as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createHttpMetrics } from '../src/metrics.ts';

const gauge = async (metrics: ReturnType<typeof createHttpMetrics>) => {
  const line = (await metrics.registry.metrics()).split('\n').find((l) => l.startsWith('event_loop_delay_max_seconds '));
  return Number(line?.split(' ')[1]);
};

describe('event_loop_delay_max_seconds', () => {
  it('reports a deliberate stall of the loop, then starts over', async () => {
    const metrics = createHttpMetrics();
    await gauge(metrics);
    // The monitor measures from its first tick after a reset (each scrape resets it).
    await tick(30);
    const until = Date.now() + 120;
    while (Date.now() < until) {
      // Busy: the event loop cannot turn.
    }
    await tick(30);
    const stalled = await gauge(metrics);
    // At least the stall less the monitor's 10 ms interval, whatever else the machine does.
    expect(stalled).toBeGreaterThanOrEqual(0.1);
    expect(await gauge(metrics)).toBeLessThan(stalled);
  });
});

/**
 * The admission of expensive operations (plugins/expensive-lines.ts) without a server: operations that
 * arrive together, before any of them got its turn, are counted right. Each client runs what its budget
 * holds and queues `maxQueued` more; only the next one is refused. (A CI run refused the twelfth of twelve
 * concurrent requests: the two about to run were counted as waiting.)
 */
import { describe, expect, it } from 'vitest';
import { createExpensiveLines } from '../src/plugins/expensive-lines.ts';

// A client's budget holds two operations of cost 1001 (11 slots of 100 each, 25 slots); the gateway's three.
const options = { expensiveCost: 1000, perClient: 2500, perPortal: 2500, total: 3500, maxQueued: 10 };

describe('expensive operation lines', () => {
  it('admit what runs now and maxQueued more of one client when they all arrive at once, and refuse the next', async () => {
    const lines = createExpensiveLines(options);
    const client = { key: 'ip:192.0.2.1', portal: false };
    const admitted = Array.from({ length: 12 }, () => lines.admit(client, 1001));
    const refused = lines.admit(client, 1001);
    expect(admitted.every((a) => a !== 'refused')).toBe(true);
    expect(refused).toBe('refused');
    const turns = admitted.filter((a) => a !== 'refused');
    const started: number[] = [];
    turns.forEach((turn, i) => void turn.then(() => started.push(i)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    expect(lines.waiting()).toBe(10);
    // One ends: the next in line starts, and the line has room for one more.
    (await turns[0]!)();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    expect(lines.admit(client, 1001)).not.toBe('refused');
  });

  it('let another client run within the gateway-wide budget, and keep the first client to its own', async () => {
    const lines = createExpensiveLines(options);
    const a = { key: 'ip:192.0.2.1', portal: false };
    const b = { key: 'key:portal', portal: true };
    const turnsA = [lines.admit(a, 1001), lines.admit(a, 1001), lines.admit(a, 1001)];
    const turnsB = [lines.admit(b, 1001), lines.admit(b, 1001)];
    const started: string[] = [];
    for (const [name, turns] of [['a', turnsA] as const, ['b', turnsB] as const])
      for (const [i, turn] of turns.entries()) if (turn !== 'refused') void turn.then(() => started.push(`${name}${i}`));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started.sort()).toEqual(['a0', 'a1', 'b0']);
    expect(lines.waiting()).toBe(2);
  });
});

/**
 * Who of the expensive operations runs now, who waits, and who is refused (the concurrency plugin,
 * concurrency.ts, applies it to GraphQL operations). Two weighted semaphores (async-mutex): the client's
 * line and the gateway's. An operation that cannot start at once in its client's line queues there; a
 * client with `maxQueued` operations queued is refused. Whether an operation queues is decided when it
 * arrives (async-mutex hands out a free semaphore synchronously), so operations that arrive together are
 * counted right. Budgets are counted in slots of 100 (at most 10,000): async-mutex walks every unit of a
 * semaphore's value on each release, so a value of a billion ("off") spun the loop for minutes.
 */
import { Semaphore } from 'async-mutex';
import type { Client } from '../rate-limit.ts';

export interface LineOptions {
  perClient: number;
  perPortal: number;
  total: number;
  maxQueued: number;
}

/** Ends an operation's turn (idempotent). */
export type Release = () => void;

const SLOT = 100;
const MAX_SLOTS = 10_000;
/** A budget in slots (at least one), and what an operation of `cost` takes of it (never more than all). */
const budgetSlots = (budget: number) => Math.max(1, Math.min(MAX_SLOTS, Math.floor(budget / SLOT)));
const weightOf = (cost: number, slots: number) => Math.min(slots, Math.max(1, Math.ceil(cost / SLOT)));

interface Line {
  semaphore: Semaphore;
  /** Operations queued in this line (not yet holding it). */
  queued: number;
  /** Operations admitted and not yet released (holding or waiting for either semaphore). */
  admitted: number;
}

export function createExpensiveLines(options: LineOptions) {
  const totalSlots = budgetSlots(options.total);
  const total = new Semaphore(totalSlots);
  // One line per client with expensive operations admitted; dropped when it empties.
  const lines = new Map<string, Line>();
  let waiting = 0;

  return {
    /** Operations admitted that do not run yet. */
    waiting: () => waiting,

    /** 'refused' when the client's queue is full; else the operation's turn, which resolves to its release. */
    admit(client: Client, cost: number): Promise<Release> | 'refused' {
      const capacity = budgetSlots(client.portal ? options.perPortal : options.perClient);
      let line = lines.get(client.key);
      if (!line) lines.set(client.key, (line = { semaphore: new Semaphore(capacity), queued: 0, admitted: 0 }));
      const own = line;
      const weight = weightOf(cost, capacity);
      const queues = own.queued > 0 || own.semaphore.getValue() < weight;
      if (queues && own.queued >= options.maxQueued) return 'refused';
      own.admitted++;
      waiting++;
      if (queues) own.queued++;
      const acquiredOwn = own.semaphore.acquire(weight);
      return (async () => {
        // The client's line first, then the gateway's: always in this order, so no two operations wait for each other.
        const [, releaseOwn] = await acquiredOwn;
        if (queues) own.queued--;
        const [, releaseTotal] = await total.acquire(weightOf(cost, totalSlots));
        waiting--;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          releaseTotal();
          releaseOwn();
          if (--own.admitted === 0) lines.delete(client.key);
        };
      })();
    },
  };
}

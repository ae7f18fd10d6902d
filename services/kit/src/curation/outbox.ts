/**
 * The outbox of a subgraph: one event per publish, archive and restore, written in the same
 * transaction as the change, so an acknowledged publish always has its event and a rolled-back one
 * never does. Readers page it by `seq`; the watermark tells the gateway's feed merge (gateway
 * src/changes) which times are final: no event with an earlier `at` can be committed later.
 */
import { asc, desc, gt } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { outbox, type OutboxRow } from './tables.ts';

type Db = BetterSQLite3Database<any>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const OUTBOX_ACTIONS = ['published', 'updated', 'archived', 'restored'] as const;
export type OutboxAction = (typeof OUTBOX_ACTIONS)[number];

export interface OutboxPage {
  events: OutboxRow[];
  /** Every event committed from now on has `at` >= this (ISO time); events before it are all listed or later in seq. */
  watermark: string;
}

// The latest watermark handed out by this process: later events never get an earlier time, even if
// the wall clock steps back.
let lastWatermark = '';

const maxIso = (...times: string[]) => times.reduce((a, b) => (a > b ? a : b));

/** Appends an event inside the caller's (BEGIN IMMEDIATE) transaction; its time never precedes an earlier event's. */
export function appendOutbox(tx: Tx, event: { entityType: string; entityId: string; action: OutboxAction; version: number; fields: string[] }): OutboxRow {
  const [last] = tx.select({ at: outbox.at }).from(outbox).orderBy(desc(outbox.seq)).limit(1).all();
  const at = maxIso(new Date().toISOString(), last?.at ?? '', lastWatermark);
  const [row] = tx
    .insert(outbox)
    .values({ ...event, at })
    .returning()
    .all();
  return row!;
}

/**
 * Up to `limit` events after `after`, and a watermark read under the write lock: no transaction is
 * in flight while it is taken, so every later event is stamped at or after it.
 */
export function readOutbox(db: Db, after: number, limit: number): OutboxPage {
  return db.transaction(
    (tx) => {
      const events = tx.select().from(outbox).where(gt(outbox.seq, after)).orderBy(asc(outbox.seq)).limit(limit).all();
      const [last] = tx.select({ at: outbox.at }).from(outbox).orderBy(desc(outbox.seq)).limit(1).all();
      lastWatermark = maxIso(new Date().toISOString(), last?.at ?? '', lastWatermark);
      return { events, watermark: lastWatermark };
    },
    { behavior: 'immediate' },
  );
}

/** The `_outbox(after, first)` resolver every subgraph adds to its Query (the gateway's feed reads it). */
export function outboxResolvers(db: Db) {
  return {
    _outbox: (_: unknown, args: { after?: number | null; first?: number | null }) =>
      readOutbox(db, Math.max(0, args.after ?? 0), Math.min(Math.max(args.first ?? 100, 1), 1000)),
  };
}

/** The outbox event of a workflow step, if readers can see its effect: publish, archive, restore. */
export function outboxEventOf(
  kind: string,
  before: { published: unknown },
  changes: readonly { field: string }[],
): { action: OutboxAction; fields: string[] } | null {
  const fields = changes.map((c) => c.field).filter((f) => f !== 'entryStatus');
  if (kind === 'publish') return { action: before.published == null ? 'published' : 'updated', fields };
  if (kind === 'archive') return { action: 'archived', fields: [] };
  if (kind === 'restore') return { action: 'restored', fields: [] };
  return null;
}

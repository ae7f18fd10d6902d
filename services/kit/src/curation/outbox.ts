/**
 * The outbox of a subgraph: one event per publish, archive and restore, written in the same
 * transaction as the change, so an acknowledged publish always has its event and a rolled-back one
 * never does. Readers page it by `seq`; the watermark tells the gateway's feed merge (gateway
 * src/changes) which times are final: no event with an earlier `at` can be committed later.
 * On SQLite the write lock and this process's clock keep that promise; on PostgreSQL, where replicas
 * write the same outbox, the database's clock and the outbox's advisory lock do (below).
 */
import { asc, desc, gt, sql } from 'drizzle-orm';
import { isPostgres, type PostgresDb, type StoreDb, type StoreTx, withTransaction } from '../transaction.ts';
import { curationTablesOf } from './dialect-tables.ts';
import type { OutboxRow } from './tables.ts';

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

/**
 * PostgreSQL: the lock every outbox insert takes (its trigger, database-rules.sql), the same for every
 * schema; readers take it shared. Times are the database's clock, read after the lock is held, and
 * never before the latest stored event, as ISO text like every time in the tables.
 */
const OUTBOX_LOCK = sql`hashtext('edu-catalogus outbox')`;
const PG_OUTBOX_TIME = sql`greatest(to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), (SELECT max(at) FROM outbox))`;

/** Appends an event inside the caller's transaction; its time never precedes an earlier event's. */
export async function appendOutbox(
  tx: StoreTx,
  event: { entityType: string; entityId: string; action: OutboxAction; version: number; fields: string[] },
): Promise<OutboxRow> {
  const { outbox } = curationTablesOf(tx);
  if (isPostgres(tx)) {
    // Held until commit: an event is stamped only once every earlier writer has committed and no reader
    // is between reading events and handing out its watermark, so no replica commits an earlier time later.
    await (tx as PostgresDb).execute(sql`SELECT pg_advisory_xact_lock(${OUTBOX_LOCK})`);
    const [row] = await tx
      .insert(outbox)
      .values({ ...event, at: PG_OUTBOX_TIME })
      .returning();
    return row!;
  }
  const [last] = await tx.select({ at: outbox.at }).from(outbox).orderBy(desc(outbox.seq)).limit(1);
  const at = maxIso(new Date().toISOString(), last?.at ?? '', lastWatermark);
  const [row] = await tx
    .insert(outbox)
    .values({ ...event, at })
    .returning();
  return row!;
}

/** appendOutbox for a store that still writes in better-sqlite3's synchronous transactions (SQLite only). */
export function appendOutboxSync(
  tx: StoreTx,
  event: { entityType: string; entityId: string; action: OutboxAction; version: number; fields: string[] },
): OutboxRow {
  const { outbox } = curationTablesOf(tx);
  const [last] = tx.select({ at: outbox.at }).from(outbox).orderBy(desc(outbox.seq)).limit(1).all();
  const at = maxIso(new Date().toISOString(), last?.at ?? '', lastWatermark);
  return tx
    .insert(outbox)
    .values({ ...event, at })
    .returning()
    .get();
}

/**
 * Up to `limit` events after `after`, and a watermark read in a write transaction: on SQLite no other
 * transaction is in flight while it is taken, so every later event is stamped at or after it. On
 * PostgreSQL the same holds across replicas: events and watermark are read under the outbox lock
 * (shared), so no writer is between its stamp and its commit, and the database's clock is the one
 * every later stamp is read from.
 */
export function readOutbox(db: StoreDb, after: number, limit: number): Promise<OutboxPage> {
  const { outbox } = curationTablesOf(db);
  if (isPostgres(db))
    return withTransaction(db, async (tx) => {
      const pgTx = tx as unknown as PostgresDb;
      await pgTx.execute(sql`SELECT pg_advisory_xact_lock_shared(${OUTBOX_LOCK})`);
      const events = await tx.select().from(outbox).where(gt(outbox.seq, after)).orderBy(asc(outbox.seq)).limit(limit);
      const { rows } = await pgTx.execute<{ watermark: string }>(sql`SELECT ${PG_OUTBOX_TIME} AS watermark`);
      return { events, watermark: rows[0]!.watermark };
    });
  return withTransaction(db, async (tx) => {
    const events = await tx.select().from(outbox).where(gt(outbox.seq, after)).orderBy(asc(outbox.seq)).limit(limit);
    const [last] = await tx.select({ at: outbox.at }).from(outbox).orderBy(desc(outbox.seq)).limit(1);
    lastWatermark = maxIso(new Date().toISOString(), last?.at ?? '', lastWatermark);
    return { events, watermark: lastWatermark };
  });
}

/** The `_outbox(after, first)` resolver every subgraph adds to its Query (the gateway's feed reads it). */
export function outboxResolvers(db: StoreDb) {
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

/**
 * One transaction for both stores, so the curation engine and the stores are written once, async.
 * better-sqlite3 refuses an async transaction callback, so on SQLite `withTransaction` runs
 * `BEGIN IMMEDIATE` … `COMMIT` on the connection itself, behind a per-connection mutex: while one
 * transaction awaits, the next waits for it instead of sending its statements into the open one. On
 * PostgreSQL it is drizzle's transaction (READ COMMITTED); the version trigger's 40001 (two replicas
 * wrote the same entry) is retried once and a deadlock (40P01) up to four times; then CONFLICT.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import { is } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgDatabase } from 'drizzle-orm/pg-core';
import { ConflictError } from './errors.ts';
import { sqlState } from './sql-state.ts';

export type SqliteDb = BetterSQLite3Database<any>;
export type PostgresDb = NodePgDatabase<any>;
/** A subgraph's store: SQLite (the default) or PostgreSQL. */
export type StoreDb = SqliteDb | PostgresDb;
/**
 * What queries run on inside `withTransaction`. Typed as SQLite's database: the builders the stores
 * use (select/insert/update/delete, awaited) have the same shape on PostgreSQL's transaction.
 */
export type StoreTx = SqliteDb;

export const isPostgres = (db: unknown): db is PostgresDb => is(db, PgDatabase);

/** The SQLite connection a transaction holds, for the code inside it; `open` turns false when it ends (timers set inside keep the context). */
const holding = new AsyncLocalStorage<{ client: object; open: boolean }>();
/** The tail of each SQLite connection's queue of transactions. */
const queues = new WeakMap<object, Promise<unknown>>();

/** Runs `task` after every earlier task queued on `key` settled. */
function queued<T>(key: object, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
  queues.set(
    key,
    run.catch(() => {}),
  );
  return run;
}

async function sqliteTransaction<T>(db: SqliteDb, fn: (tx: StoreTx) => Promise<T>): Promise<T> {
  const client = (db as SqliteDb & { $client: Database.Database }).$client;
  const held = holding.getStore();
  if (held?.client === client && held.open) throw new Error('withTransaction: already inside a transaction on this connection (pass its tx instead).');
  return queued(client, async () => {
    client.exec('BEGIN IMMEDIATE');
    const token = { client, open: true };
    try {
      const result = await holding.run(token, () => fn(db));
      client.exec('COMMIT');
      return result;
    } catch (error) {
      if (client.inTransaction) client.exec('ROLLBACK');
      throw error;
    } finally {
      token.open = false;
    }
  });
}

export { sqlState } from './sql-state.ts';

/**
 * Attempts per rolled-back transaction that may simply run again: a serialization failure (the version
 * trigger: another replica saved the same entry) once more, then CONFLICT; a deadlock (40P01: writers
 * of overlapping tools, such as a bulk import publishing six at a time) up to five times, after a short
 * random pause so the same two do not meet again.
 */
const ATTEMPTS: Record<string, number> = { '40001': 2, '40P01': 5 };

async function postgresTransaction<T>(db: PostgresDb, fn: (tx: StoreTx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => fn(tx as unknown as StoreTx));
    } catch (error) {
      const state = sqlState(error) ?? '';
      const attempts = ATTEMPTS[state];
      if (attempts === undefined) throw error;
      if (attempt >= attempts)
        throw new ConflictError('Someone else saved the same entry at the same moment; reload and reapply your change.', { reason: 'STALE_VERSION' });
      if (state === '40P01') await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** Runs `fn` in one transaction of `db`: committed when it resolves, rolled back when it throws. */
export function withTransaction<T>(db: StoreDb, fn: (tx: StoreTx) => Promise<T>): Promise<T> {
  return isPostgres(db) ? postgresTransaction(db, fn) : sqliteTransaction(db as SqliteDb, fn);
}

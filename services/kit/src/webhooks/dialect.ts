/**
 * The webhook tables of the store a database (or transaction) belongs to: SQLite's (tables.ts) or their
 * PostgreSQL twins (postgres/tables.ts), same names, columns and row shapes; typed as SQLite's, as kit's
 * `StoreTx` is.
 */
import * as pg from '../postgres/tables.ts';
import { isPostgres } from '../transaction.ts';
import { webhookDeliveries, webhookSubscriptions } from './tables.ts';

const sqliteTables = { webhookSubscriptions, webhookDeliveries };
const pgTables = { webhookSubscriptions: pg.webhookSubscriptions, webhookDeliveries: pg.webhookDeliveries };
export type WebhookTables = typeof sqliteTables;

export const webhookTablesOf = (db: unknown): WebhookTables => (isPostgres(db) ? (pgTables as unknown as WebhookTables) : sqliteTables);

/**
 * `query` locking the rows it reads until `tx` ends, on PostgreSQL (`FOR UPDATE`; `skipLocked`: rows
 * another transaction holds are left out). On SQLite the query as it is: a write transaction there
 * already excludes every other writer.
 */
export function lockingRows<Q>(tx: unknown, query: Q, options: { skipLocked?: boolean } = {}): Q {
  return isPostgres(tx) ? (query as unknown as { for: (strength: 'update', config: { skipLocked?: boolean }) => Q }).for('update', options) : query;
}

/**
 * Moving a subgraph's SQLite store to PostgreSQL: its tables' rows have the same shape in both (the
 * pg-tables.ts of each subgraph mirror its tables.ts), so they move as they are, in batches, in one
 * transaction. The history (entries, revisions, outbox, ...) moves too: the copy sets
 * `edu_catalogus.import_history` for its own transaction only, which lets revisions of versions their
 * entries have passed in (history-import.sql), and then moves each identity sequence past the copied ids.
 */
import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

const ROWS_PER_INSERT = 500;

/** A SQLite table, its PostgreSQL twin, and the column that orders the copy (revisions: by id, so history goes forward). */
export type TablePair = readonly [from: SQLiteTable, to: PgTable, orderBy?: SQLiteColumn];
type Rows = { all(): unknown[] };
/** A synchronous drizzle SQLite database, as far as the copy reads it (method syntax: any schema fits). */
type SqliteReader = { select(): { from(table: SQLiteTable): Rows & { orderBy(column: SQLiteColumn): Rows } } };
/** A drizzle PostgreSQL database or transaction, as far as the copy writes it. */
type PgWriter = { insert(table: PgTable): { values(rows: Record<string, unknown>[]): PromiseLike<unknown> }; execute(query: SQL): PromiseLike<unknown> };

/** Copies each pair's rows in the order given (references before the tables that name them); returns the counts by table. */
export async function copyTables(from: SqliteReader, to: PgWriter, pairs: readonly TablePair[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await to.execute(sql`SELECT set_config('edu_catalogus.import_history', 'on', true)`);
  for (const [source, target, orderBy] of pairs) {
    const query = from.select().from(source);
    const rows = (orderBy ? query.orderBy(orderBy).all() : query.all()) as Record<string, unknown>[];
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await to.insert(target).values(rows.slice(i, i + ROWS_PER_INSERT));
    counts[getTableName(target)] = rows.length;
    for (const column of identityColumns(target)) {
      const name = getTableName(target);
      await to.execute(sql`SELECT setval(pg_get_serial_sequence(${name}, ${column.name}), max(${sql.identifier(column.name)})) FROM ${sql.identifier(name)}`);
    }
  }
  return counts;
}

function identityColumns(table: PgTable): PgColumn[] {
  return Object.values(getTableColumns(table)).filter((column) => column.generatedIdentity);
}

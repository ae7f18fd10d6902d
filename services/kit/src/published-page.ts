/**
 * One page of a published list, written once for every store that lists entries: published rows that meet the
 * caller's conditions (text search, filters) and `changedSince`, in the asked order (by name, or newest first), a
 * keyset page after the cursor, and the total count of the whole list.
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { changedSinceCondition } from './changed-since.ts';
import { type Connection, pageSize, toConnection } from './connection.ts';
import { type EntryOrder, orderedPage } from './keyset.ts';
import { isPostgres, type StoreDb, type StoreTx } from './transaction.ts';

/** The paging arguments every list takes. */
export interface PageQuery {
  first?: number | null;
  after?: string | null;
  changedSince?: Date | null;
  orderBy?: EntryOrder | null;
}

/** A table of curated entries: an id, a name (unless it pages in ID order) and the provenance columns. */
type ListedTable = SQLiteTable & { id: SQLiteColumn; name?: SQLiteColumn; status: SQLiteColumn; updatedAt: SQLiteColumn };

/** The page of `table`'s published rows meeting `conditions` (undefined ones are left out), 20 unless `first` says. */
export function publishedPage<T extends ListedTable>(
  db: BaseSQLiteDatabase<'sync', unknown, any>,
  table: T,
  query: PageQuery,
  conditions: readonly (SQL | undefined)[],
): Connection<T['$inferSelect']>;
/** On either store (the table of `db`'s store, typed as SQLite's): on PostgreSQL a promise, so await it. */
export function publishedPage<T extends ListedTable>(
  db: StoreDb,
  table: T,
  query: PageQuery,
  conditions: readonly (SQL | undefined)[],
): Connection<T['$inferSelect']> | Promise<Connection<T['$inferSelect']>>;
export function publishedPage<T extends ListedTable>(
  db: BaseSQLiteDatabase<'sync', unknown, any> | StoreDb,
  table: T,
  query: PageQuery,
  conditions: readonly (SQL | undefined)[],
): Connection<T['$inferSelect']> | Promise<Connection<T['$inferSelect']>> {
  type Row = T['$inferSelect'] & { id: string; name: string; updatedAt: string };
  const first = pageSize(query.first, 20);
  const where = and(eq(table.status, 'PUBLISHED'), ...conditions, changedSinceCondition(table.updatedAt, query.changedSince));
  const order = orderedPage<Row>(query.orderBy, query.after, table);
  const q = db as unknown as StoreTx;
  const rows = q
    .select()
    .from(table as SQLiteTable)
    .where(and(where, order.condition))
    .orderBy(...order.orderBy)
    .limit(first + 1);
  // PostgreSQL's count(*) is a bigint, which node-postgres hands over as a string.
  const count = q
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(table as SQLiteTable)
    .where(where);
  const page = (found: Row[], [{ count: total } = { count: 0 }]: { count: number }[]) => toConnection(found, first, total, order.positionOf);
  if (isPostgres(db)) return Promise.all([rows, count]).then(([found, counted]) => page(found as Row[], counted));
  return page(rows.all() as Row[], count.all());
}

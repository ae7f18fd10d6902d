/**
 * kit's `publishedPage` on either store. On SQLite it is kit's (synchronous underneath); on PostgreSQL the
 * same page (published rows meeting the conditions and `changedSince`, keyset order, total count) with the
 * queries awaited, since kit's builds on better-sqlite3's `.all()`.
 */
import { changedSinceCondition, isPostgres, orderedPage, type PageQuery, publishedPage } from '@edu-catalogus/kit/data';
import { type Connection, pageSize, toConnection } from '@edu-catalogus/kit/runtime';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { queryOf, type ToolsTables } from './dialect.ts';
import type { ToolsDb } from './tables.ts';

type Listed = ToolsTables['products'];
type Row = Listed['$inferSelect'];

/** The page of `table`'s published rows meeting `conditions` (undefined ones are left out), 20 unless `first` says. */
export async function publishedPageOf(db: unknown, table: Listed, query: PageQuery, conditions: readonly (SQL | undefined)[]): Promise<Connection<Row>> {
  if (!isPostgres(db)) return publishedPage(db as ToolsDb, table, query, conditions);
  const q = queryOf(db);
  const first = pageSize(query.first, 20);
  const where = and(eq(table.status, 'PUBLISHED'), ...conditions, changedSinceCondition(table.updatedAt, query.changedSince));
  const order = orderedPage<Row>(query.orderBy, query.after, table);
  const [rows, [counted]] = await Promise.all([
    q
      .select()
      .from(table)
      .where(and(where, order.condition))
      .orderBy(...order.orderBy)
      .limit(first + 1),
    q.select({ count: sql<number>`cast(count(*) as integer)` }).from(table).where(where),
  ]);
  return toConnection(rows, first, counted?.count ?? 0, order.positionOf);
}

/**
 * Usage writes and the change feed: each runs in one transaction with its audit row, the hourly limit and an
 * outbox event telling the feed that a tool's public usage aggregates changed (gateways purge cached answers
 * showing the Tool).
 */
import { appendOutbox } from '@edu-catalogus/kit/curation';
import { isPostgres, type StoreTx, withTransaction } from '@edu-catalogus/kit/data';
import { and, count, eq, sql } from 'drizzle-orm';
import { queryable, type SchoolsStoreDb, schoolsTablesOf } from './dialect.ts';
import type { Tx } from './tables.ts';

/**
 * Runs a usage write (declarations, profiles, note reviews) in one transaction of `db`. SQLite's BEGIN
 * IMMEDIATE holds the whole database; on PostgreSQL a transaction-level advisory lock serialises usage
 * writes across connections and replicas alike, so the hourly limit counts exactly and a tool's usage
 * events get consecutive versions.
 */
export function usageTransaction<T>(db: SchoolsStoreDb, fn: (tx: StoreTx) => Promise<T>): Promise<T> {
  return withTransaction(db, async (tx) => {
    if (isPostgres(tx)) await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('edu-catalogus schools usage'))`);
    return fn(tx);
  });
}

/** The outbox event of a change to a tool's aggregates (Tool.usage); its version counts the tool's usage events. */
export async function usageChanged(tx: Tx, toolId: string): Promise<void> {
  const { outbox } = schoolsTablesOf(tx);
  const [row] = await queryable(tx)
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.entityType, 'ToolUsage'), eq(outbox.entityId, toolId)));
  await appendOutbox(queryable(tx), { entityType: 'ToolUsage', entityId: toolId, action: 'updated', version: (row?.n ?? 0) + 1, fields: ['usage'] });
}

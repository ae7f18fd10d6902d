/** Tells the change feed that a tool's public usage aggregates changed; gateways purge cached answers showing the Tool. */
import { appendOutbox } from '@edu-catalogus/kit/curation';
import { and, count, eq } from 'drizzle-orm';
import { outbox, type Tx } from './tables.ts';

/** The outbox event of a change to a tool's aggregates (Tool.usage); its version counts the tool's usage events. */
export function usageChanged(tx: Tx, toolId: string): void {
  const [row] = tx
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.entityType, 'ToolUsage'), eq(outbox.entityId, toolId)))
    .all();
  appendOutbox(tx as never, { entityType: 'ToolUsage', entityId: toolId, action: 'updated', version: (row?.n ?? 0) + 1, fields: ['usage'] });
}

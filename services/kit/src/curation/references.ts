/**
 * Reference checks for curated drafts: ids must name published entries, of this subgraph's own
 * tables or (asked with a signed request) of the subgraph that owns them. One message shape for both.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { InputError } from '../errors.ts';
import type { Peers } from '../peers.ts';
import type { StoreDb, StoreTx } from '../transaction.ts';

/** A public table: an `id` and the workflow `status` of the published row. */
export type PublicTable = SQLiteTable & { id: SQLiteColumn; status: SQLiteColumn };

function refuseMissing(field: string, kind: string, ids: readonly string[], found: Set<string>): void {
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw new InputError(field, `${field}: there is no published ${kind} "${missing}"`, { reason: 'NO_REFERENCE', ref: missing });
}

export function createReferenceChecks(db: StoreDb, peers: Peers) {
  return {
    /** Refuses ids that are not published rows of `table`, naming the input field. */
    async local(table: PublicTable, field: string, kind: string, ids: readonly string[] | undefined): Promise<void> {
      if (!ids?.length) return;
      const rows = (await (db as StoreTx)
        .select({ id: table.id })
        .from(table)
        .where(and(inArray(table.id, [...ids]), eq(table.status, 'PUBLISHED')))) as { id: string }[];
      refuseMissing(field, kind, ids, new Set(rows.map((r) => r.id)));
    },
    /** Asks the owning subgraph whether the ids exist. */
    async remote(subgraph: string, typename: string, field: string, ids: readonly string[] | undefined): Promise<void> {
      if (!ids?.length) return;
      refuseMissing(field, typename.toLowerCase(), ids, await peers.existing(subgraph, typename, ids));
    },
  };
}

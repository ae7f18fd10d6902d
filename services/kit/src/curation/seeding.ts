/**
 * Seeding through the curation engine: seed content becomes a published, unclaimed entry (version 1).
 * A reseed leaves an entry whose content did not change alone: its entry row is not touched, and its
 * public row keeps version and updatedAt unless what is written there differs from what was stored
 * (a column a newer migration added is filled from the same content, and then the row is new).
 */
import { isDeepStrictEqual } from 'node:util';
import { and, eq } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { entries } from './tables.ts';

type Content = Record<string, unknown>;
type Tx = Parameters<Parameters<BetterSQLite3Database<Record<string, never>>['transaction']>[0]>[0];

/** An entity's public table, as far as reseeding needs it. */
export type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn; updatedAt: SQLiteColumn };

export interface Seedable {
  type: string;
  /** The entity's public table; without one (a relation without a version), only the entry decides. */
  table?: VersionedTable | undefined;
  publish: (tx: Tx, id: string, content: never) => void;
}

const nowIso = () => new Date().toISOString();
/** Content as the entries table stores it (JSON: no undefined values). */
const asStored = (content: Content): unknown => JSON.parse(JSON.stringify(content));
const withoutStamps = (row: Record<string, unknown> | undefined) => {
  if (!row) return row;
  const { version: _v, updatedAt: _u, ...rest } = row;
  return rest;
};

/** Records seeded content as a published entry unless curators touched it; false when left as curated. */
export function seedPublished(tx: Tx, adapter: Seedable, id: string, content: Content): boolean {
  const byKey = and(eq(entries.entityType, adapter.type), eq(entries.entityId, id));
  const [existing] = tx.select().from(entries).where(byKey).all();
  if (existing && (existing.version > 1 || existing.ownerOrg !== null)) return false;
  const unchanged = existing?.status === 'PUBLISHED' && existing.draft === null && isDeepStrictEqual(existing.published, asStored(content));
  const table = adapter.table;
  const publicRow = (): Record<string, unknown> | undefined => (table ? tx.select().from(table).where(eq(table.id, id)).get() : undefined);
  const before = unchanged ? publicRow() : undefined;
  if (!unchanged) {
    const row = {
      entityType: adapter.type,
      entityId: id,
      ownerOrg: null,
      version: 1,
      status: 'PUBLISHED' as const,
      published: content,
      draft: null,
      draftOrg: null,
      lastEditorSub: null,
      lastEditorName: null,
      lastEditorOrg: null,
      updatedAt: nowIso(),
    };
    if (existing) tx.update(entries).set(row).where(byKey).run();
    else tx.insert(entries).values(row).run();
  }
  // Always written: tables a newer migration added are filled from the same content.
  adapter.publish(tx, id, content as never);
  if (table && before && isDeepStrictEqual(withoutStamps(publicRow()), withoutStamps(before)))
    tx.update(table).set({ version: before.version, updatedAt: before.updatedAt }).where(eq(table.id, id)).run();
  return true;
}

/**
 * Seeding through the curation engine: seed content becomes a published, unclaimed entry (version 1).
 * A reseed leaves an entry whose content did not change alone: its entry row is not touched, and its
 * public row keeps version and updatedAt unless what is written there differs from what was stored
 * (a column a newer migration added is filled from the same content, and then the row is new).
 */
import { isDeepStrictEqual } from 'node:util';
import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { StoreTx as Tx } from '../transaction.ts';
import { curationTablesOf } from './dialect-tables.ts';

type Content = Record<string, unknown>;

/** An entity's public table, as far as reseeding needs it. */
export type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn; updatedAt: SQLiteColumn };

export interface Seedable {
  type: string;
  /** The entity's public table; without one (a relation without a version), only the entry decides. */
  table?: VersionedTable | undefined;
  publish: (tx: Tx, id: string, content: never) => unknown;
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
export async function seedPublished(tx: Tx, adapter: Seedable, id: string, content: Content): Promise<boolean> {
  const { entries } = curationTablesOf(tx);
  const byKey = and(eq(entries.entityType, adapter.type), eq(entries.entityId, id));
  const [existing] = await tx.select().from(entries).where(byKey);
  if (existing && (existing.version > 1 || existing.ownerOrg !== null)) return false;
  const unchanged = existing?.status === 'PUBLISHED' && existing.draft === null && isDeepStrictEqual(existing.published, asStored(content));
  const table = adapter.table;
  const publicRow = async (): Promise<Record<string, unknown> | undefined> => (table ? (await tx.select().from(table).where(eq(table.id, id)))[0] : undefined);
  const before = unchanged ? await publicRow() : undefined;
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
    if (existing) await tx.update(entries).set(row).where(byKey);
    else await tx.insert(entries).values(row);
  }
  // Always written: tables a newer migration added are filled from the same content.
  await adapter.publish(tx, id, content as never);
  if (table && before && isDeepStrictEqual(withoutStamps(await publicRow()), withoutStamps(before)))
    await tx.update(table).set({ version: before.version, updatedAt: before.updatedAt }).where(eq(table.id, id));
  return true;
}

/**
 * What every curated table shares, written once: the provenance and workflow columns, the SQL
 * timestamp, the upsert that publishes a row (bumping `version`), and archiving a row. The writes run
 * on either store (the table of the store `tx` belongs to, typed as SQLite's): on SQLite at once (so a
 * caller that does not await still wrote), on PostgreSQL when the returned promise is awaited.
 */
import { eq, is, sql, type SQL } from 'drizzle-orm';
import { PgDatabase } from 'drizzle-orm/pg-core';
import { integer, type SQLiteColumn, type SQLiteTable, text } from 'drizzle-orm/sqlite-core';
import type { ApiUncertainty } from '@edu-catalogus/seeds';
import { pgNow } from './postgres/curation-tables.ts';
import type { StoredUncertainty } from './provenance.ts';

export type Localized = { nl: string; en?: string | undefined };
export type Source = { url: string; title?: string | undefined };

/** What a store publishes: an entry's content in the seed format, without its id, uncertainties as the API writes them. */
export type PublishedContent<T extends { id: string }> = Omit<T, 'id' | 'uncertainties'> & { uncertainties: ApiUncertainty[] };

/** Now, as ISO 8601 with milliseconds in UTC: what every `created_at`/`updated_at` holds. */
export const sqlNow: SQL = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Sources, certainty, uncertainties, verifiedAt, workflow status, version and timestamps of a curated table. */
export const provenanceColumns = () => ({
  sources: text('sources', { mode: 'json' }).$type<Source[]>().notNull(),
  certainty: text('certainty').notNull(),
  uncertainties: text('uncertainties', { mode: 'json' }).$type<StoredUncertainty[]>().notNull(),
  /** When the entry's facts were last checked against its sources (YYYY-MM-DD); not when it last changed. */
  verifiedAt: text('verified_at'),
  status: text('status').notNull().default('PUBLISHED'),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(sqlNow),
  updatedAt: text('updated_at').notNull().default(sqlNow),
});

/** A curated table: an `id` key and the provenance columns. */
type CuratedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn; status: SQLiteColumn; updatedAt: SQLiteColumn };
/** Any drizzle SQLite database or transaction (the stores' handles differ only in their schema). */
type Writer = { insert: (table: any) => any; update: (table: any) => any };

/** Whether `tx` is PostgreSQL's (transaction.ts's `isPostgres`; drizzle-kit loads this file, so it imports tables and types only). */
const isPostgres = (tx: Writer) => is(tx, PgDatabase);

/** Now, in the SQL of the store `tx` belongs to. */
const nowOf = (tx: Writer): SQL => (isPostgres(tx) ? pgNow : sqlNow);

/** Runs a write: SQLite's at once (synchronous underneath), PostgreSQL's when awaited. */
const write = (tx: Writer, query: { run?: () => unknown } & PromiseLike<unknown>): Promise<void> =>
  isPostgres(tx) ? Promise.resolve(query).then(() => {}) : (query.run!(), Promise.resolve());

/** Writes a published row: insert, or replace the content and bump `version` and `updatedAt`. */
export function upsertPublished(tx: Writer, table: CuratedTable, row: Record<string, unknown> & { id: string }): Promise<void> {
  const set = { ...row, version: sql`${table.version} + 1`, updatedAt: nowOf(tx) };
  return write(tx, tx.insert(table).values(row).onConflictDoUpdate({ target: table.id, set }));
}

/** Archived entries stay (history, links) but no longer reach anonymous readers. */
export function archiveRow(tx: Writer, table: CuratedTable, id: string): Promise<void> {
  return write(
    tx,
    tx
      .update(table)
      .set({ status: 'ARCHIVED', updatedAt: nowOf(tx) })
      .where(eq(table.id, id)),
  );
}

/** An archived entry restored as a draft: no longer "archived" beside the relations, not public until published again. */
export function restoreRow(tx: Writer, table: CuratedTable, id: string): Promise<void> {
  return write(
    tx,
    tx
      .update(table)
      .set({ status: 'DRAFT', updatedAt: nowOf(tx) })
      .where(eq(table.id, id)),
  );
}

/**
 * The search tables of migration 0002_search, for typed queries, and the handle the search works
 * through. The tables live outside store/tables.ts on purpose: drizzle-kit must not manage them
 * (FTS5 virtual tables are written by hand in that migration).
 */
import type { RunResult } from 'better-sqlite3';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';

/**
 * The tools database, or a transaction on it, as the search sees it: indexing runs inside the
 * writer's transaction, and the search reads the catalogue's tables through plain SQL, so it needs
 * none of their definitions.
 */
export type SearchDb = BaseSQLiteDatabase<'sync', RunResult, Record<string, unknown>>;

/** Our own document numbers: tools has a text key, and VACUUM may renumber implicit rowids. */
export const searchDocs = sqliteTable('tools_search_docs', {
  doc: integer('doc').primaryKey(),
  toolId: text('tool_id').notNull().unique(),
});

/** Every (re)indexed document in order, so each connection can refresh its in-memory index. */
export const searchChanges = sqliteTable('tools_search_changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  doc: integer('doc').notNull(),
});

/** The FTS5 table's name and columns, in the order of the migration and of BM25_WEIGHTS. */
export const SEARCH_TABLE = 'tools_search';
export const SEARCH_COLUMNS = ['name', 'products', 'categories', 'features', 'summary', 'description'] as const;
export type SearchColumn = (typeof SEARCH_COLUMNS)[number];

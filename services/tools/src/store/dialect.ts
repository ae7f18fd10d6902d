/**
 * The store the tools subgraph runs on: SQLite (tables.ts, the default) or PostgreSQL (pg-tables.ts, same
 * names, columns and row shapes). The stores write their queries once with drizzle's builders, awaited, on
 * the tables `tablesOf` picks, typed as SQLite's (as kit's `StoreTx` is: the builders have the same shape);
 * only SQL text that differs between the dialects (json_each, instr, the clock) is chosen here or in place.
 */
import { isPostgres } from '@edu-catalogus/kit/data';
import { pgNow } from '@edu-catalogus/kit/postgres-curation-tables';
import { eq, type SQL } from 'drizzle-orm';
import type { ToolsPgDb } from './pg-open.ts';
import * as pgTables from './pg-tables.ts';
import { alternatives, categories, now, productNames, products, toolFacets, tools, type ToolsDb } from './tables.ts';

/** The tools store: the SQLite database, the PostgreSQL one, or a transaction on either. */
export type ToolsStoreDb = ToolsDb | ToolsPgDb;

const sqliteTables = { tools, toolFacets, products, productNames, categories, alternatives };
export type ToolsTables = typeof sqliteTables;

/** The tables of `db`'s dialect, typed as SQLite's. */
export const tablesOf = (db: unknown): ToolsTables => (isPostgres(db) ? (pgTables as unknown as ToolsTables) : sqliteTables);

/** `db` as the query builders are typed (SQLite's); every query on it is awaited, never `.all()`/`.run()`, so it runs on both. */
export const queryOf = (db: unknown): ToolsDb => db as ToolsDb;

/** Now, as ISO 8601 UTC with milliseconds, in `db`'s SQL. */
export const nowOf = (db: unknown): SQL => (isPostgres(db) ? pgNow : now);

type Curated = ToolsTables['tools'] | ToolsTables['products'] | ToolsTables['categories'];

/** An archived entry restored as a draft: not public until published again (kit's restoreRow, on either store). */
export async function restoreRowOf(tx: unknown, table: (t: ToolsTables) => Curated, id: string): Promise<void> {
  const t = table(tablesOf(tx));
  await queryOf(tx)
    .update(t)
    .set({ status: 'DRAFT', updatedAt: nowOf(tx) })
    .where(eq(t.id, id));
}

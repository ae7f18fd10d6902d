/**
 * The curation tables of the store a subgraph runs on: SQLite's (tables.ts) or their PostgreSQL twins
 * (postgres/curation-tables.ts), same names, columns and row shapes. Typed as SQLite's, as `StoreTx` is.
 */
import * as pgTables from '../postgres/curation-tables.ts';
import { isPostgres } from '../transaction.ts';
import { entries, idempotencyKeys, outbox, problemReports, revisions } from './tables.ts';

const sqliteTables = { entries, revisions, outbox, problemReports, idempotencyKeys };
export type CurationTables = typeof sqliteTables;

export const curationTablesOf = (db: unknown): CurationTables => (isPostgres(db) ? (pgTables as unknown as CurationTables) : sqliteTables);

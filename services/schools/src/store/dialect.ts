/**
 * The schools tables of the store a database (or transaction) belongs to: SQLite's (tables.ts) or their
 * PostgreSQL twins (pg-tables.ts), same names, columns and row shapes. Typed as SQLite's, as kit's
 * `StoreTx` is: the builders the stores use (select/insert/update/delete, awaited) have the same shape.
 */
import { isPostgres, type StoreTx } from '@edu-catalogus/kit/data';
import type { SchoolsPgDb } from './pg-open.ts';
import * as pg from './pg-tables.ts';
import * as sqlite from './tables.ts';

/** The schools subgraph's store: SQLite (the default) or PostgreSQL. */
export type SchoolsStoreDb = sqlite.SchoolsDb | SchoolsPgDb;

const sqliteTables = {
  offerings: sqlite.offerings,
  advice: sqlite.advice,
  schools: sqlite.schools,
  usageDeclarations: sqlite.usageDeclarations,
  usageAudit: sqlite.usageAudit,
  outbox: sqlite.outbox,
};
const pgTables = {
  offerings: pg.offerings,
  advice: pg.advice,
  schools: pg.schools,
  usageDeclarations: pg.usageDeclarations,
  usageAudit: pg.usageAudit,
  outbox: pg.outbox,
};
export type SchoolsTables = typeof sqliteTables;

export const schoolsTablesOf = (db: unknown): SchoolsTables => (isPostgres(db) ? (pgTables as unknown as SchoolsTables) : sqliteTables);

/** `db` as the stores query it (awaiting every builder). */
export const queryable = (db: SchoolsStoreDb | sqlite.Tx | StoreTx): StoreTx => db as unknown as StoreTx;

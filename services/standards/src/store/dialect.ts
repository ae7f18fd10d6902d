/**
 * The standards tables of the store a database (or transaction) belongs to: SQLite's (tables.ts) or their
 * PostgreSQL twins (pg-tables.ts), same names, columns and row shapes. Typed as SQLite's, as kit's
 * `StoreTx` is: the builders the stores use (select/insert/update/delete, awaited) have the same shape.
 */
import { isPostgres, type StoreTx } from '@edu-catalogus/kit/data';
import type { StandardsPgDb } from './pg-open.ts';
import * as pg from './pg-tables.ts';
import * as sqlite from './tables.ts';

/** The standards subgraph's store: SQLite (the default) or PostgreSQL. */
export type StandardsStoreDb = sqlite.StandardsDb | StandardsPgDb;

const sqliteTables = { standards: sqlite.standards, standardVersions: sqlite.standardVersions, standardSectors: sqlite.standardSectors };
const pgTables = { standards: pg.standards, standardVersions: pg.standardVersions, standardSectors: pg.standardSectors };
export type StandardsTables = typeof sqliteTables;

export const standardsTablesOf = (db: unknown): StandardsTables => (isPostgres(db) ? (pgTables as unknown as StandardsTables) : sqliteTables);

/** `db` as the stores query it (awaiting every builder). */
export const queryable = (db: StandardsStoreDb | sqlite.Tx | StoreTx): StoreTx => db as unknown as StoreTx;

/**
 * The facilities tables of the store a database (or transaction) belongs to: SQLite's (tables.ts) or their
 * PostgreSQL twins (pg-tables.ts), same names, columns and row shapes. Typed as SQLite's, as kit's
 * `StoreTx` is: the builders the stores use (select/insert/update/delete, awaited) have the same shape.
 */
import { isPostgres, type StoreTx } from '@edu-catalogus/kit/data';
import type { FacilitiesPgDb } from './pg-open.ts';
import * as pg from './pg-tables.ts';
import * as sqlite from './tables.ts';

/** The facilities subgraph's store: SQLite (the default) or PostgreSQL. */
export type FacilitiesStoreDb = sqlite.FacilitiesDb | FacilitiesPgDb;

const sqliteTables = { organisations: sqlite.organisations, facilities: sqlite.facilities, facilityLinks: sqlite.facilityLinks };
const pgTables = { organisations: pg.organisations, facilities: pg.facilities, facilityLinks: pg.facilityLinks };
export type FacilitiesTables = typeof sqliteTables;

export const facilitiesTablesOf = (db: unknown): FacilitiesTables => (isPostgres(db) ? (pgTables as unknown as FacilitiesTables) : sqliteTables);

/** `db` as the stores query it (awaiting every builder). */
export const queryable = (db: FacilitiesStoreDb | sqlite.Tx): StoreTx => db as unknown as StoreTx;

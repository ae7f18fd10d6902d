/**
 * Copies a SQLite standards database into a PostgreSQL one (kit's copyTables, one transaction): the
 * standards with their versions and sectors, and the history — entries, revisions in id order, the
 * outbox, problem reports and idempotency keys. The first step of moving a deployment from SQLite to
 * PostgreSQL, and how tests load the real seeds.
 */
import { copyTables, type TablePair } from '@edu-catalogus/kit/postgres';
import type { StandardsPgDb } from './pg-open.ts';
import * as pg from './pg-tables.ts';
import * as sqlite from './tables.ts';

/** In foreign-key order; entries before the revisions that must name their versions. */
const TABLES: TablePair[] = [
  [sqlite.standards, pg.standards],
  [sqlite.standardVersions, pg.standardVersions],
  [sqlite.standardSectors, pg.standardSectors],
  [sqlite.entries, pg.entries],
  [sqlite.revisions, pg.revisions, sqlite.revisions.id],
  [sqlite.outbox, pg.outbox, sqlite.outbox.seq],
  [sqlite.problemReports, pg.problemReports, sqlite.problemReports.id],
  [sqlite.idempotencyKeys, pg.idempotencyKeys],
];

export function copyStandardsToPostgres(from: sqlite.StandardsDb, to: StandardsPgDb): Promise<Record<string, number>> {
  return to.transaction((tx) => copyTables(from, tx, TABLES));
}

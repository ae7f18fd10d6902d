/**
 * Copies a SQLite schools database into a PostgreSQL one (kit's copyTables, one transaction): offerings,
 * advice, schools, their usage declarations and its audit in order, and the history — entries, revisions
 * in id order and the outbox. The first step of moving a deployment from SQLite to PostgreSQL, and how
 * tests load the real seeds.
 */
import { copyTables, type TablePair } from '@edu-catalogus/kit/postgres';
import type { SchoolsPgDb } from './pg-open.ts';
import * as pg from './pg-tables.ts';
import * as sqlite from './tables.ts';

/** In foreign-key order; entries before the revisions that must name their versions. */
const TABLES: TablePair[] = [
  [sqlite.offerings, pg.offerings],
  [sqlite.advice, pg.advice],
  [sqlite.schools, pg.schools],
  [sqlite.usageDeclarations, pg.usageDeclarations],
  [sqlite.usageAudit, pg.usageAudit, sqlite.usageAudit.seq],
  [sqlite.entries, pg.entries],
  [sqlite.revisions, pg.revisions, sqlite.revisions.id],
  [sqlite.outbox, pg.outbox, sqlite.outbox.seq],
];

export function copySchoolsToPostgres(from: sqlite.SchoolsDb, to: SchoolsPgDb): Promise<Record<string, number>> {
  return to.transaction((tx) => copyTables(from, tx, TABLES));
}

/**
 * Copies a SQLite facilities database into a PostgreSQL one (kit's copyTables, one transaction): the
 * organisations and facilities with their links, and the history — entries, revisions in id order, the
 * outbox, problem reports, idempotency keys and webhook subscriptions with their deliveries. The first
 * step of moving a deployment from SQLite to PostgreSQL, and how tests load the real seeds.
 */
import { copyTables, type TablePair } from '@edu-catalogus/kit/postgres';
import type { FacilitiesPgDb } from './pg-open.ts';
import * as pg from './pg-tables.ts';
import * as sqlite from './tables.ts';

/** In foreign-key order; entries before the revisions that must name their versions. */
const TABLES: TablePair[] = [
  [sqlite.organisations, pg.organisations],
  [sqlite.facilities, pg.facilities],
  [sqlite.facilityLinks, pg.facilityLinks],
  [sqlite.entries, pg.entries],
  [sqlite.revisions, pg.revisions, sqlite.revisions.id],
  [sqlite.outbox, pg.outbox, sqlite.outbox.seq],
  [sqlite.problemReports, pg.problemReports, sqlite.problemReports.id],
  [sqlite.idempotencyKeys, pg.idempotencyKeys],
  [sqlite.webhookSubscriptions, pg.webhookSubscriptions],
  [sqlite.webhookDeliveries, pg.webhookDeliveries, sqlite.webhookDeliveries.id],
];

export function copyFacilitiesToPostgres(from: sqlite.FacilitiesDb, to: FacilitiesPgDb): Promise<Record<string, number>> {
  return to.transaction((tx) => copyTables(from, tx, TABLES));
}

/**
 * Copies a SQLite tools database into a PostgreSQL one (kit's copyTables, one transaction): the
 * catalogue tables (categories, products and their names, tools, their facets, alternatives), the
 * history — entries, revisions in id order, the outbox, problem reports, idempotency keys — and then
 * indexes every tool for search. The first step of moving a deployment from SQLite to PostgreSQL, and
 * how tests load the real seeds.
 */
import { copyTables, type TablePair } from '@edu-catalogus/kit/postgres';
import { reindexToolsPg } from './search/pg-documents.ts';
import * as sqlite from './tables.ts';
import type { ToolsPgDb } from './pg-open.ts';
import * as pg from './pg-tables.ts';

/** In foreign-key order: each table's references are copied before it; entries before their revisions. */
const TABLES: TablePair[] = [
  [sqlite.categories, pg.categories],
  [sqlite.products, pg.products],
  [sqlite.productNames, pg.productNames],
  [sqlite.tools, pg.tools],
  [sqlite.toolFacets, pg.toolFacets],
  [sqlite.alternatives, pg.alternatives],
  [sqlite.entries, pg.entries],
  [sqlite.revisions, pg.revisions, sqlite.revisions.id],
  [sqlite.outbox, pg.outbox, sqlite.outbox.seq],
  [sqlite.problemReports, pg.problemReports, sqlite.problemReports.id],
  [sqlite.idempotencyKeys, pg.idempotencyKeys],
];

export async function copyCatalogueToPostgres(from: sqlite.ToolsDb, to: ToolsPgDb): Promise<Record<string, number>> {
  const ids = from
    .select({ id: sqlite.tools.id })
    .from(sqlite.tools)
    .all()
    .map((row) => row.id);
  return to.transaction(async (tx) => {
    const counts = await copyTables(from, tx, TABLES);
    await reindexToolsPg(tx, ids);
    return counts;
  });
}

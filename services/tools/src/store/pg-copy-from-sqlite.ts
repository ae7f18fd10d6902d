/**
 * Copies the catalogue tables (categories, products and their names, tools, their facets, alternatives)
 * of a SQLite tools database into a PostgreSQL one and indexes every tool for search: the rows have the
 * same shape in both stores, so they move as they are. Tests load the real seeds this way; it is also the
 * first half of moving a deployment from SQLite to PostgreSQL (curation history is not copied yet: see
 * docs/postgresql.md).
 */
import type { PgTable } from 'drizzle-orm/pg-core';
import { reindexToolsPg } from './search/pg-documents.ts';
import * as sqlite from './tables.ts';
import type { ToolsPgDb } from './pg-open.ts';
import * as pg from './pg-tables.ts';

const ROWS_PER_INSERT = 500;

/** In foreign-key order: each table's references are copied before it. */
const TABLES = [
  [sqlite.categories, pg.categories],
  [sqlite.products, pg.products],
  [sqlite.productNames, pg.productNames],
  [sqlite.tools, pg.tools],
  [sqlite.toolFacets, pg.toolFacets],
  [sqlite.alternatives, pg.alternatives],
] as const;

export async function copyCatalogueToPostgres(from: sqlite.ToolsDb, to: ToolsPgDb): Promise<{ tools: number }> {
  const ids = from
    .select({ id: sqlite.tools.id })
    .from(sqlite.tools)
    .all()
    .map((row) => row.id);
  await to.transaction(async (tx) => {
    for (const [source, target] of TABLES) {
      const rows = from.select().from(source).all() as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        await tx.insert(target as PgTable).values(rows.slice(i, i + ROWS_PER_INSERT));
      }
    }
    await reindexToolsPg(tx, ids);
  });
  return { tools: ids.length };
}

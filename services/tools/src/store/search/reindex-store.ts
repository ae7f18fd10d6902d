/**
 * Keeping a store's search in step with a write, inside the writer's transaction, on either store:
 * SQLite's FTS5 index and change log (reindex.ts) or PostgreSQL's search documents (pg-documents.ts).
 */
import { isPostgres } from '@edu-catalogus/kit/data';
import { and, eq, inArray } from 'drizzle-orm';
import { queryOf, tablesOf } from '../dialect.ts';
import { type PgSearchDb, reindexToolsPg } from './pg-documents.ts';
import { reindexTools } from './reindex.ts';
import type { SearchDb } from './tables.ts';

/** Brings the search of `tx`'s store in line with the tools table for `toolIds`. */
export async function reindexToolsIn(tx: unknown, toolIds: readonly string[]): Promise<void> {
  if (isPostgres(tx)) await reindexToolsPg(tx as unknown as PgSearchDb, [...new Set(toolIds)]);
  else reindexTools(tx as SearchDb, toolIds);
}

/** Tools whose documents show these products' or categories' names: reindex them when those change. */
export async function toolsShowing(tx: unknown, refs: { products?: readonly string[]; categories?: readonly string[] }): Promise<string[]> {
  const { alternatives, toolFacets } = tablesOf(tx);
  const q = queryOf(tx);
  const ids = new Set<string>();
  if (refs.products?.length) {
    const rows = await q
      .select({ id: alternatives.toolId })
      .from(alternatives)
      .where(inArray(alternatives.productId, [...refs.products]));
    for (const r of rows) ids.add(r.id);
  }
  if (refs.categories?.length) {
    const rows = await q
      .select({ id: toolFacets.toolId })
      .from(toolFacets)
      .where(and(eq(toolFacets.dimension, 'category'), inArray(toolFacets.value, [...refs.categories])));
    for (const r of rows) ids.add(r.id);
  }
  return [...ids];
}

/**
 * All SQL of alternatives (a tool that replaces a product): both directions, the ranking for
 * `alternatives(to:)`, and the writes of a publish or an archive.
 */
import type { alternativeSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryOf, tablesOf, type ToolsStoreDb } from './dialect.ts';
import { TOOL_DIMENSIONS, type ToolFilter } from './search/facets.ts';
import { reindexToolsIn } from './search/reindex-store.ts';
import type { AlternativeRow, ToolRow } from './tables.ts';
import { filterConditions } from './tool-store.ts';

/** An alternative as it is published: the seed format (see curation/adapters.ts). */
export type AlternativeInput = z.output<typeof alternativeSeed>;

export interface AlternativeWithTool extends AlternativeRow {
  tool: ToolRow;
}

export function createAlternativeStore(db: ToolsStoreDb) {
  const { alternatives, products, toolFacets, tools } = tablesOf(db);
  const q = queryOf(db);
  return {
    /**
     * The product's alternatives among tools passing `filter`: FULL fit first, then the tools that
     * have the most of the filter's values (a school asking for WEB or LINUX prefers a tool with both).
     */
    async ranked(productId: string, filter?: ToolFilter | null): Promise<AlternativeWithTool[]> {
      const found = (await this.byProductIds([productId], filter)).get(productId) ?? [];
      const wanted = TOOL_DIMENSIONS.flatMap((d) => (filter?.[d] ?? []).map((value) => and(eq(toolFacets.dimension, d), eq(toolFacets.value, value))));
      if (found.length === 0 || wanted.length === 0) return found;
      const counts = new Map(
        (
          await q
            .select({ toolId: toolFacets.toolId, n: sql<number>`cast(count(*) as integer)` })
            .from(toolFacets)
            .where(
              and(
                inArray(
                  toolFacets.toolId,
                  found.map((a) => a.toolId),
                ),
                or(...wanted),
              ),
            )
            .groupBy(toolFacets.toolId)
        ).map((r) => [r.toolId, r.n]),
      );
      const fitRank = (a: AlternativeWithTool) => (a.fit === 'FULL' ? 0 : 1);
      // Array.prototype.sort is stable: equal tools keep the name order of the query.
      return [...found].sort((a, b) => fitRank(a) - fitRank(b) || (counts.get(b.toolId) ?? 0) - (counts.get(a.toolId) ?? 0));
    },

    /** Alternatives to each product among published tools: FULL fit first, then by tool name. */
    async byProductIds(ids: readonly string[], filter?: ToolFilter | null): Promise<Map<string, AlternativeWithTool[]>> {
      const rows = await q
        .select({ alternative: alternatives, tool: tools })
        .from(alternatives)
        .innerJoin(tools, eq(tools.id, alternatives.toolId))
        .where(and(inArray(alternatives.productId, [...ids]), eq(tools.status, 'PUBLISHED'), ...filterConditions(filter, db)))
        .orderBy(sql`case ${alternatives.fit} when 'FULL' then 0 else 1 end`, asc(tools.name), asc(tools.id));
      const byProduct = new Map<string, AlternativeWithTool[]>(ids.map((id) => [id, []]));
      for (const row of rows) byProduct.get(row.alternative.productId)?.push({ ...row.alternative, tool: row.tool });
      return byProduct;
    },

    /** Tools that were alternatives to the product and are archived now (their mapping kept): pages say so rather than drop them. */
    async archivedOf(productId: string): Promise<{ id: string; name: string }[]> {
      return q
        .select({ id: tools.id, name: tools.name })
        .from(alternatives)
        .innerJoin(tools, eq(tools.id, alternatives.toolId))
        .where(and(eq(alternatives.productId, productId), eq(tools.status, 'ARCHIVED')))
        .orderBy(asc(tools.name), asc(tools.id));
    },

    /** Products the tool replaced that are archived now (the mapping kept): pages name them rather than drop them. */
    async archivedProductsOf(toolId: string): Promise<{ id: string; name: string }[]> {
      return q
        .select({ id: products.id, name: products.name })
        .from(alternatives)
        .innerJoin(products, eq(products.id, alternatives.productId))
        .where(and(eq(alternatives.toolId, toolId), eq(products.status, 'ARCHIVED')))
        .orderBy(asc(products.name), asc(products.id));
    },

    /** What each tool replaces (the alternatives it is part of), products published only. */
    async byToolIds(ids: readonly string[]): Promise<Map<string, AlternativeRow[]>> {
      const rows = await q
        .select({ alternative: alternatives })
        .from(alternatives)
        .innerJoin(products, eq(products.id, alternatives.productId))
        .where(and(inArray(alternatives.toolId, [...ids]), eq(products.status, 'PUBLISHED')))
        .orderBy(sql`case ${alternatives.fit} when 'FULL' then 0 else 1 end`, asc(products.name));
      const byTool = new Map<string, AlternativeRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byTool.get(row.alternative.toolId)?.push(row.alternative);
      return byTool;
    },
  };
}
export type AlternativeStore = ReturnType<typeof createAlternativeStore>;

/** Publishes an alternative: its row and the tool's `replaces` facet, then the tool's search document. */
export async function writeAlternative(tx: unknown, a: AlternativeInput & { reviewedBy?: string | null }): Promise<void> {
  const { alternatives, toolFacets } = tablesOf(tx);
  const q = queryOf(tx);
  const row = { toolId: a.tool, productId: a.product, fit: a.fit, notes: a.notes ?? null, reviewedBy: a.reviewedBy ?? null };
  await q
    .insert(alternatives)
    .values(row)
    .onConflictDoUpdate({ target: [alternatives.toolId, alternatives.productId], set: row });
  await q.insert(toolFacets).values({ toolId: a.tool, dimension: 'replaces', value: a.product }).onConflictDoNothing();
  await reindexToolsIn(tx, [a.tool]);
}

export async function removeAlternative(tx: unknown, toolId: string, productId: string): Promise<void> {
  const { alternatives, toolFacets } = tablesOf(tx);
  const q = queryOf(tx);
  await q.delete(alternatives).where(and(eq(alternatives.toolId, toolId), eq(alternatives.productId, productId)));
  await q.delete(toolFacets).where(and(eq(toolFacets.toolId, toolId), eq(toolFacets.dimension, 'replaces'), eq(toolFacets.value, productId)));
  await reindexToolsIn(tx, [toolId]);
}

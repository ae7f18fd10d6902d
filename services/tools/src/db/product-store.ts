/** All SQL for products, the names they answer to, and their alternatives. */
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { afterNameCursor, changedSinceCondition, checkFreeText, normalizeText, pageSize, toConnection } from '@edu-catalogus/kit';
import { TOOL_DIMENSIONS, type ToolFilter } from './facets.ts';
import type { ProductName } from './product-match.ts';
import { alternatives, productNames, products, toolFacets, tools, type AlternativeRow, type ProductRow, type ToolRow } from './schema.ts';
import { filterConditions, type ToolsDb } from './tool-store.ts';

const published = eq(products.status, 'PUBLISHED');

export interface AlternativeWithTool extends AlternativeRow {
  tool: ToolRow;
}

export function createProductStore(db: ToolsDb) {
  const nameMatch = (search: string | null | undefined): SQL | undefined => {
    const needle = search == null ? '' : normalizeText(checkFreeText('search', search));
    if (!needle) return undefined;
    const named = db.select({ id: productNames.productId }).from(productNames).where(sql`instr(${productNames.normalized}, ${needle}) > 0`);
    return inArray(products.id, named);
  };

  return {
    byIds(ids: readonly string[]): ProductRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(products)
        .where(and(inArray(products.id, [...ids]), published))
        .all();
    },

    list(query: { search?: string | null; first?: number | null; after?: string | null; changedSince?: Date | null }) {
      const first = pageSize(query.first, 20);
      const where = and(published, nameMatch(query.search), changedSinceCondition(products.updatedAt, query.changedSince));
      const page = and(where, afterNameCursor(query.after, products.name, products.id));
      const rows = db
        .select()
        .from(products)
        .where(page)
        .orderBy(asc(products.name), asc(products.id))
        .limit(first + 1)
        .all();
      const [{ count } = { count: 0 }] = db.select({ count: sql<number>`count(*)` }).from(products).where(where).all();
      return toConnection(rows, first, count, (row) => [row.name, row.id]);
    },

    /** The product whose name or alias equals `text` after case/diacritics normalisation. */
    byName(text: string): ProductRow | null {
      const normalized = normalizeText(text);
      if (!normalized) return null;
      const [row] = db
        .select({ product: products })
        .from(productNames)
        .innerJoin(products, eq(products.id, productNames.productId))
        .where(and(eq(productNames.normalized, normalized), published))
        .limit(1)
        .all();
      return row?.product ?? null;
    },

    /** Every name and alias of the published products, for matching typed text (matchProduct). */
    allNames(): ProductName[] {
      return db
        .select({ productId: productNames.productId, normalized: productNames.normalized })
        .from(productNames)
        .innerJoin(products, eq(products.id, productNames.productId))
        .where(published)
        .all();
    },

    /**
     * The product's alternatives among tools passing `filter`: FULL fit first, then the tools that
     * have the most of the filter's values (a school asking for WEB or LINUX prefers a tool with both).
     */
    rankedAlternatives(productId: string, filter?: ToolFilter | null): AlternativeWithTool[] {
      const found = this.alternativesByProductIds([productId], filter).get(productId) ?? [];
      const wanted = TOOL_DIMENSIONS.flatMap((d) => (filter?.[d] ?? []).map((value) => and(eq(toolFacets.dimension, d), eq(toolFacets.value, value))));
      if (found.length === 0 || wanted.length === 0) return found;
      const counts = new Map(
        db
          .select({ toolId: toolFacets.toolId, n: sql<number>`count(*)` })
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
          .all()
          .map((r) => [r.toolId, r.n]),
      );
      const fitRank = (a: AlternativeWithTool) => (a.fit === 'FULL' ? 0 : 1);
      // Array.prototype.sort is stable: equal tools keep the name order of the query.
      return [...found].sort((a, b) => fitRank(a) - fitRank(b) || (counts.get(b.toolId) ?? 0) - (counts.get(a.toolId) ?? 0));
    },

    /** Aliases of each product (its name excluded), in one query. */
    aliasesByProductIds(ids: readonly string[]): Map<string, string[]> {
      const rows = db
        .select({ productId: productNames.productId, name: productNames.name })
        .from(productNames)
        .where(and(inArray(productNames.productId, [...ids]), eq(productNames.isAlias, true)))
        .orderBy(asc(productNames.productId), asc(productNames.name))
        .all();
      const byProduct = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const row of rows) byProduct.get(row.productId)?.push(row.name);
      return byProduct;
    },

    /** Alternatives to each product among published tools: FULL fit first, then by tool name. */
    alternativesByProductIds(ids: readonly string[], filter?: ToolFilter | null): Map<string, AlternativeWithTool[]> {
      const rows = db
        .select({ alternative: alternatives, tool: tools })
        .from(alternatives)
        .innerJoin(tools, eq(tools.id, alternatives.toolId))
        .where(and(inArray(alternatives.productId, [...ids]), eq(tools.status, 'PUBLISHED'), ...filterConditions(filter, db)))
        .orderBy(sql`case ${alternatives.fit} when 'FULL' then 0 else 1 end`, asc(tools.name), asc(tools.id))
        .all();
      const byProduct = new Map<string, AlternativeWithTool[]>(ids.map((id) => [id, []]));
      for (const row of rows) byProduct.get(row.alternative.productId)?.push({ ...row.alternative, tool: row.tool });
      return byProduct;
    },

    /** Tools that were alternatives to the product and are archived now (their mapping kept): pages say so rather than drop them. */
    archivedAlternativesOf(productId: string): { id: string; name: string }[] {
      return db
        .select({ id: tools.id, name: tools.name })
        .from(alternatives)
        .innerJoin(tools, eq(tools.id, alternatives.toolId))
        .where(and(eq(alternatives.productId, productId), eq(tools.status, 'ARCHIVED')))
        .orderBy(asc(tools.name), asc(tools.id))
        .all();
    },

    /** What each tool replaces (the alternatives it is part of), products published only. */
    alternativesByToolIds(ids: readonly string[]): Map<string, AlternativeRow[]> {
      const rows = db
        .select({ alternative: alternatives })
        .from(alternatives)
        .innerJoin(products, eq(products.id, alternatives.productId))
        .where(and(inArray(alternatives.toolId, [...ids]), published))
        .orderBy(sql`case ${alternatives.fit} when 'FULL' then 0 else 1 end`, asc(products.name))
        .all();
      const byTool = new Map<string, AlternativeRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byTool.get(row.alternative.toolId)?.push(row.alternative);
      return byTool;
    },
  };
}
export type ProductStore = ReturnType<typeof createProductStore>;

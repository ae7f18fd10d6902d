/** All SQL for products, the names they answer to, and their alternatives. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { afterNameCursor, InputError, normalizeText, pageSize, toConnection } from '@edu-catalogus/kit';
import type { ToolFilter } from './facets.ts';
import { alternatives, productNames, products, tools, type AlternativeRow, type ProductRow, type ToolRow } from './schema.ts';
import { filterConditions, type ToolsDb } from './tool-store.ts';

const published = eq(products.status, 'PUBLISHED');

export interface AlternativeWithTool extends AlternativeRow {
  tool: ToolRow;
}

export function createProductStore(db: ToolsDb) {
  const nameMatch = (search: string | null | undefined): SQL | undefined => {
    const needle = search == null ? '' : normalizeText(search);
    if (!needle) return undefined;
    const named = db
      .select({ id: productNames.productId })
      .from(productNames)
      .where(sql`instr(${productNames.normalized}, ${needle}) > 0`);
    return inArray(products.id, named);
  };

  return {
    byIds(ids: readonly string[]): ProductRow[] {
      if (ids.length === 0) return [];
      return db.select().from(products).where(and(inArray(products.id, [...ids]), published)).all();
    },

    list(query: { search?: string | null; first?: number | null; after?: string | null }) {
      const first = pageSize(query.first, 20);
      const where = and(published, nameMatch(query.search));
      const page = and(where, afterNameCursor(query.after, products.name, products.id));
      const rows = db.select().from(products).where(page).orderBy(asc(products.name), asc(products.id)).limit(first + 1).all();
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

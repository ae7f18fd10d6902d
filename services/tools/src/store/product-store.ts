/** All SQL of products and the names they answer to: lookups, the listing, and the writes of a publish or an archive. */
import { checkFreeText, normalizeText } from '@edu-catalogus/kit/runtime';
import { isPostgres, type PageQuery } from '@edu-catalogus/kit/data';
import type { ApiUncertainty, Discontinuation, ProductSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { nowOf, queryOf, tablesOf, type ToolsStoreDb } from './dialect.ts';
import { publishedPageOf } from './published-page.ts';
import { matchProduct, type ProductMatch, type ProductName } from './search/product-match.ts';
import { reindexToolsIn, toolsShowing } from './search/reindex-store.ts';
import { provenanceOf } from './provenance.ts';
import type { ProductRow } from './tables.ts';

/** A product as it is published: the seed format without `id`, its end flat as ProductInput has it (see curation/adapters.ts). */
export type ProductInput = Omit<ProductSeed, 'id' | 'discontinued' | 'uncertainties'> & {
  discontinued: boolean;
  discontinuedOn?: Discontinuation['date'] | undefined;
  discontinuedSource?: Discontinuation['source'] | undefined;
  discontinuedNote?: Discontinuation['note'];
  uncertainties: ApiUncertainty[];
};

export function createProductStore(db: ToolsStoreDb) {
  const { products, productNames } = tablesOf(db);
  const q = queryOf(db);
  const published = eq(products.status, 'PUBLISHED');
  const contains = isPostgres(db)
    ? (needle: string) => sql`strpos(${productNames.normalized}, ${needle}) > 0`
    : (needle: string) => sql`instr(${productNames.normalized}, ${needle}) > 0`;
  const nameMatch = (search: string | null | undefined): SQL | undefined => {
    const needle = search == null ? '' : normalizeText(checkFreeText('search', search));
    if (!needle) return undefined;
    const named = q.select({ id: productNames.productId }).from(productNames).where(contains(needle));
    return inArray(products.id, named);
  };

  return {
    async byIds(ids: readonly string[]): Promise<ProductRow[]> {
      if (ids.length === 0) return [];
      return q
        .select()
        .from(products)
        .where(and(inArray(products.id, [...ids]), published));
    },

    list(query: Omit<PageQuery, 'orderBy'> & { search?: string | null }) {
      return publishedPageOf(db, products, query, [nameMatch(query.search)]);
    },

    /** The product whose name or alias equals `text` after case/diacritics normalisation. */
    async byName(text: string): Promise<ProductRow | null> {
      const normalized = normalizeText(text);
      if (!normalized) return null;
      const [row] = await q
        .select({ product: products })
        .from(productNames)
        .innerJoin(products, eq(products.id, productNames.productId))
        .where(and(eq(productNames.normalized, normalized), published))
        .limit(1);
      return row?.product ?? null;
    },

    /** Every name and alias of the published products, for matching typed text (matchProduct). */
    async allNames(): Promise<ProductName[]> {
      return q
        .select({ productId: productNames.productId, normalized: productNames.normalized })
        .from(productNames)
        .innerJoin(products, eq(products.id, productNames.productId))
        .where(published);
    },

    /** The product typed text names, or suggestions (see store/search/product-match.ts). */
    async match(text: string): Promise<ProductMatch> {
      return matchProduct(text, await this.allNames());
    },

    /** Aliases of each product (its name excluded), in one query. */
    async aliasesByProductIds(ids: readonly string[]): Promise<Map<string, string[]>> {
      const rows = await q
        .select({ productId: productNames.productId, name: productNames.name })
        .from(productNames)
        .where(and(inArray(productNames.productId, [...ids]), eq(productNames.isAlias, true)))
        .orderBy(asc(productNames.productId), asc(productNames.name));
      const byProduct = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const row of rows) byProduct.get(row.productId)?.push(row.name);
      return byProduct;
    },
  };
}
export type ProductStore = ReturnType<typeof createProductStore>;

/** Publishes a product: its row (version bumped), the names it answers to, the search documents that show them. */
export async function writeProduct(tx: unknown, id: string, p: ProductInput): Promise<void> {
  const { products, productNames } = tablesOf(tx);
  const q = queryOf(tx);
  const row = {
    id,
    name: p.name,
    vendor: p.vendor,
    vendorCountry: p.vendorCountry,
    categoryId: p.category,
    homepage: p.homepage,
    summary: p.summary,
    discontinued: p.discontinued,
    discontinuedOn: p.discontinuedOn ?? null,
    discontinuedSource: p.discontinuedSource ?? null,
    discontinuedNote: p.discontinuedNote ?? null,
    status: 'PUBLISHED',
    ...provenanceOf(p),
  };
  await q
    .insert(products)
    .values(row)
    .onConflictDoUpdate({ target: products.id, set: { ...row, version: sql`${products.version} + 1`, updatedAt: nowOf(tx) } });
  await q.delete(productNames).where(eq(productNames.productId, id));
  const names = new Map<string, { name: string; isAlias: boolean }>();
  for (const [i, name] of [p.name, ...p.aliases].entries()) {
    const normalized = normalizeText(name);
    if (!names.has(normalized)) names.set(normalized, { name, isAlias: i > 0 });
  }
  await q.insert(productNames).values([...names].map(([normalized, { name, isAlias }]) => ({ productId: id, name, normalized, isAlias })));
  await reindexToolsIn(tx, await toolsShowing(tx, { products: [id] }));
}

/** Archived products stay in the table (history, links) but no longer reach anonymous readers or search documents. */
export async function archiveProduct(tx: unknown, id: string): Promise<void> {
  const { products } = tablesOf(tx);
  await queryOf(tx)
    .update(products)
    .set({ status: 'ARCHIVED', updatedAt: nowOf(tx) })
    .where(eq(products.id, id));
  await reindexToolsIn(tx, await toolsShowing(tx, { products: [id] }));
}

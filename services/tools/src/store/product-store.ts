/** All SQL of products and the names they answer to: lookups, the listing, and the writes of a publish or an archive. */
import { checkFreeText, normalizeText } from '@edu-catalogus/kit/runtime';
import { type PageQuery, publishedPage } from '@edu-catalogus/kit/data';
import type { ApiUncertainty, Discontinuation, ProductSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { matchProduct, type ProductMatch, type ProductName } from './search/product-match.ts';
import { reindexTools, toolsShowing } from './search/reindex.ts';
import { provenanceOf } from './provenance.ts';
import { now, productNames, products, type ProductRow, type ToolsDb } from './tables.ts';

/** A product as it is published: the seed format without `id`, its end flat as ProductInput has it (see curation/adapters.ts). */
export type ProductInput = Omit<ProductSeed, 'id' | 'discontinued' | 'uncertainties'> & {
  discontinued: boolean;
  discontinuedOn?: Discontinuation['date'] | undefined;
  discontinuedSource?: Discontinuation['source'] | undefined;
  discontinuedNote?: Discontinuation['note'];
  uncertainties: ApiUncertainty[];
};

const published = eq(products.status, 'PUBLISHED');

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

    list(query: Omit<PageQuery, 'orderBy'> & { search?: string | null }) {
      return publishedPage(db, products, query, [nameMatch(query.search)]);
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

    /** The product typed text names, or suggestions (see store/search/product-match.ts). */
    match(text: string): ProductMatch {
      return matchProduct(text, this.allNames());
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
  };
}
export type ProductStore = ReturnType<typeof createProductStore>;

/** Publishes a product: its row (version bumped), the names it answers to, the search documents that show them. */
export function writeProduct(db: ToolsDb, id: string, p: ProductInput): void {
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
  db.insert(products)
    .values(row)
    .onConflictDoUpdate({ target: products.id, set: { ...row, version: sql`${products.version} + 1`, updatedAt: now } })
    .run();
  db.delete(productNames).where(eq(productNames.productId, id)).run();
  const names = new Map<string, { name: string; isAlias: boolean }>();
  for (const [i, name] of [p.name, ...p.aliases].entries()) {
    const normalized = normalizeText(name);
    if (!names.has(normalized)) names.set(normalized, { name, isAlias: i > 0 });
  }
  for (const [normalized, { name, isAlias }] of names) db.insert(productNames).values({ productId: id, name, normalized, isAlias }).run();
  reindexTools(db, toolsShowing(db, { products: [id] }));
}

/** Archived products stay in the table (history, links) but no longer reach anonymous readers or search documents. */
export function archiveProduct(db: ToolsDb, id: string): void {
  db.update(products).set({ status: 'ARCHIVED', updatedAt: now }).where(eq(products.id, id)).run();
  reindexTools(db, toolsShowing(db, { products: [id] }));
}

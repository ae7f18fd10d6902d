/** Product fields: aliases, category, and its alternatives (optionally filtered). */
import type { Context } from '../context.ts';
import type { ToolFilter } from '../store/search/facets.ts';
import type { ProductRow } from '../store/tables.ts';

export const Product = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.product.load(ref.id),
  aliases: (product: ProductRow, _: unknown, { loaders }: Context) => loaders.aliases.load(product.id),
  category: (product: ProductRow, _: unknown, { loaders }: Context) => loaders.category.load(product.categoryId),
  alternatives: (product: ProductRow, args: { filter?: ToolFilter | null }, { loaders, stores }: Context) =>
    args.filter ? (stores.alternatives.byProductIds([product.id], args.filter).get(product.id) ?? []) : loaders.alternatives.load(product.id),
  // One product page asks for it; not batched.
  archivedAlternatives: (product: ProductRow, _: unknown, { stores }: Context) => stores.alternatives.archivedOf(product.id),
};

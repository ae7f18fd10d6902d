/** Product fields: aliases, category, and its alternatives (optionally filtered). */
import { existing } from '@edu-catalogus/kit/data';
import type { ProductResolvers } from './types.generated.ts';

export const Product: ProductResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.product.load(ref.id),
  aliases: (product, _, { loaders }) => loaders.aliases.load(product.id),
  category: (product, _, { loaders }) => existing(loaders.category.load(product.categoryId), `category ${product.categoryId}`),
  alternatives: async (product, args, { loaders, stores }) =>
    args.filter ? ((await stores.alternatives.byProductIds([product.id], args.filter)).get(product.id) ?? []) : loaders.alternatives.load(product.id),
  // One product page asks for it; not batched.
  archivedAlternatives: (product, _, { stores }) => stores.alternatives.archivedOf(product.id),
};

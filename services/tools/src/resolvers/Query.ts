/** Root queries of the tools subgraph: arguments in, store calls out. */
import { checkFreeText, pageSize } from '@edu-catalogus/kit';
import type { ProductRow } from '../store/tables.ts';
import type { QueryResolvers } from './types.generated.ts';

const isProduct = (product: ProductRow | undefined): product is ProductRow => product !== undefined;

export const Query: QueryResolvers = {
  tool: (_, { id }, { loaders }) => loaders.tool.load(id),
  tools: (_, args, { stores }) => stores.tools.list(args),
  product: (_, { id }, { loaders }) => loaders.product.load(id),
  products: (_, args, { stores }) => stores.products.list(args),
  alternatives: (_, args, { stores }) => {
    const first = pageSize(args.first, 10);
    const match = stores.products.match(checkFreeText('to', args.to));
    if (match.productId === null) {
      const byId = new Map(stores.products.byIds(match.suggestions).map((p) => [p.id, p]));
      return { product: null, alternatives: [], suggestions: match.suggestions.map((id) => byId.get(id)).filter(isProduct) };
    }
    const [product] = stores.products.byIds([match.productId]);
    const found = stores.alternatives.ranked(match.productId, args.filter);
    return { product, alternatives: found.slice(0, first), suggestions: [] };
  },
  categories: (_, __, { stores }) => stores.categories.all(),
  category: (_, { id }, { loaders }) => loaders.category.load(id),
};

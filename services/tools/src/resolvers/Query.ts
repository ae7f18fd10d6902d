/** Root queries of the tools subgraph: arguments in, store calls out. */
import type { Context } from '../context.ts';
import type { ToolFilter } from '../db/facets.ts';
import { pageSize } from '@edu-catalogus/kit';

interface ListArgs {
  search?: string | null;
  filter?: ToolFilter | null;
  first?: number | null;
  after?: string | null;
}

export const Query = {
  tool: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.tool.load(id),
  tools: (_: unknown, args: ListArgs, { stores }: Context) => stores.tools.list(args),
  product: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.product.load(id),
  products: (_: unknown, args: ListArgs, { stores }: Context) => stores.products.list(args),
  alternatives: (_: unknown, args: { to: string; filter?: ToolFilter | null; first?: number | null }, { stores }: Context) => {
    const first = pageSize(args.first, 10);
    const product = stores.products.byName(args.to);
    if (!product) return { product: null, alternatives: [] };
    const found = stores.products.alternativesByProductIds([product.id], args.filter).get(product.id) ?? [];
    return { product, alternatives: found.slice(0, first) };
  },
  categories: (_: unknown, __: unknown, { stores }: Context) => stores.categories.all(),
  category: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.category.load(id),
};

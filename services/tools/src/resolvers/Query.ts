/** Root queries of the tools subgraph: arguments in, store calls out. */
import { checkFreeText, pageSize } from '@edu-catalogus/kit';
import type { Context } from '../context.ts';
import type { ToolDimension, ToolFilter } from '../store/search/facets.ts';
import type { ToolOrder } from '../store/search/pages.ts';

interface ListArgs {
  search?: string | null;
  filter?: ToolFilter | null;
  orderBy?: ToolOrder | null;
  first?: number | null;
  after?: string | null;
  changedSince?: Date | null;
}

/** `developmentStatus` -> `DEVELOPMENT_STATUS`: the ToolDimension enum names the filter fields. */
const dimensionEnum = (dimension: ToolDimension) => dimension.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

export const Query = {
  tool: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.tool.load(id),
  tools: (_: unknown, args: ListArgs, { stores }: Context) => {
    const found = stores.tools.list(args);
    return { ...found, facets: () => found.facets().map((f) => ({ ...f, dimension: dimensionEnum(f.dimension) })) };
  },
  product: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.product.load(id),
  products: (_: unknown, args: ListArgs, { stores }: Context) => stores.products.list(args),
  alternatives: (_: unknown, args: { to: string; filter?: ToolFilter | null; first?: number | null }, { stores }: Context) => {
    const first = pageSize(args.first, 10);
    const match = stores.products.match(checkFreeText('to', args.to));
    if (match.productId === null) {
      const byId = new Map(stores.products.byIds(match.suggestions).map((p) => [p.id, p]));
      return { product: null, alternatives: [], suggestions: match.suggestions.map((id) => byId.get(id)).filter(Boolean) };
    }
    const [product] = stores.products.byIds([match.productId]);
    const found = stores.alternatives.ranked(match.productId, args.filter);
    return { product, alternatives: found.slice(0, first), suggestions: [] };
  },
  categories: (_: unknown, __: unknown, { stores }: Context) => stores.categories.all(),
  category: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.category.load(id),
};

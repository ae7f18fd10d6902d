/** Root queries of the tools subgraph: arguments in, store calls out. */
import { checkFreeText, pageSize } from '@edu-catalogus/kit';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { Context } from '../context.ts';
import { checkToolFilter, type ToolDimension, type ToolFilter } from '../store/search/facets.ts';
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

/** Whether the field being resolved selects `name` (directly or through fragments): facets are computed only then. */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((s) =>
      s.kind === Kind.FIELD
        ? s.name.value === name
        : s.kind === Kind.INLINE_FRAGMENT
          ? visit(s.selectionSet.selections)
          : visit(info.fragments[s.name.value]?.selectionSet.selections ?? []),
    );
  return info.fieldNodes.some((node) => visit(node.selectionSet?.selections ?? []));
}

export const Query = {
  tool: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.tool.load(id),
  tools: async (_: unknown, args: ListArgs, { stores }: Context, info: GraphQLResolveInfo) => {
    // Checked here, so a bad argument costs the search thread nothing.
    checkToolFilter(args.filter);
    checkFreeText('search', args.search);
    const found = await stores.search.tools({ query: args, facets: selects(info, 'facets') });
    return { ...found, facets: found.facets?.map((f) => ({ ...f, dimension: dimensionEnum(f.dimension) })) ?? [] };
  },
  product: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.product.load(id),
  products: (_: unknown, args: ListArgs, { stores }: Context) => stores.products.list(args),
  alternatives: async (_: unknown, args: { to: string; filter?: ToolFilter | null; first?: number | null }, { stores }: Context) => {
    const first = pageSize(args.first, 10);
    const match = await stores.search.matchProduct(checkFreeText('to', args.to));
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

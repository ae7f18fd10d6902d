/** Root queries of the tools subgraph: arguments in, store calls out. */
import { checkFreeText, pageSize } from '@edu-catalogus/kit/runtime';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { checkToolFilter } from '../store/search/facets.ts';
import type { ProductRow } from '../store/tables.ts';
import type { QueryResolvers } from './types.generated.ts';

const isProduct = (product: ProductRow | undefined): product is ProductRow => product !== undefined;

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

export const Query: QueryResolvers = {
  tool: (_, { id }, { loaders }) => loaders.tool.load(id),
  tools: async (_, args, { stores, loaders }, info) => {
    // Checked here, so a bad argument costs the search thread nothing.
    checkToolFilter(args.filter);
    checkFreeText('search', args.search);
    // The thread answers ids; the rows come through this request's loader (one prepared statement).
    const page = await stores.search.tools({ query: args, facets: selects(info, 'facets') });
    const rows = await loaders.tool.loadMany(page.edges.map((e) => e.id));
    // A tool archived between the search and this read is left out rather than answered as null.
    const edges = page.edges.flatMap((e, i) => {
      const node = rows[i];
      return node && !(node instanceof Error) ? [{ cursor: e.cursor, node }] : [];
    });
    return { ...page, edges };
  },
  product: (_, { id }, { loaders }) => loaders.product.load(id),
  products: (_, args, { stores }) => stores.products.list(args),
  alternatives: async (_, args, { stores }) => {
    const first = pageSize(args.first, 10);
    const match = await stores.search.matchProduct(checkFreeText('to', args.to));
    if (match.productId === null) {
      const byId = new Map((await stores.products.byIds(match.suggestions)).map((p) => [p.id, p]));
      return { product: null, alternatives: [], suggestions: match.suggestions.map((id) => byId.get(id)).filter(isProduct) };
    }
    const [[product], found] = await Promise.all([stores.products.byIds([match.productId]), stores.alternatives.ranked(match.productId, args.filter)]);
    return { product, alternatives: found.slice(0, first), suggestions: [] };
  },
  categories: (_, { changedSince }, { stores }) => stores.categories.all(changedSince),
  category: (_, { id }, { loaders }) => loaders.category.load(id),
};

/** `Advice`: its product and tools are references to the tools subgraph. */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { AdviceResolvers } from './types.generated.ts';

const tools = (ids: string[]) => ids.map((id) => ({ __typename: 'Tool', id }));

export const Advice: AdviceResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.advice.load(id),
  product: (a) => ({ __typename: 'Product', id: a.productId }),
  recommended: (a) => tools(a.recommend),
  alsoConsider: (a) => tools(a.alsoConsider),
  entryStatus: (a) => a.status,
  history: async (a, _, { loaders, stores, identity }) => visibleHistory(stores.curation.advice, identity, a.id, await loaders.adviceHistory.load(a.id)),
};

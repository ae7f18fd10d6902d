/** `Advice`: its product and tools are references to the tools subgraph. */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';
import type { AdviceRow } from '../store/tables.ts';

const tools = (ids: string[]) => ids.map((id) => ({ __typename: 'Tool', id }));

export const Advice = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.advice.load(id),
  product: (a: AdviceRow) => ({ __typename: 'Product', id: a.productId }),
  recommended: (a: AdviceRow) => tools(a.recommend),
  alsoConsider: (a: AdviceRow) => tools(a.alsoConsider),
  entryStatus: (a: AdviceRow) => a.status,
  history: async (a: AdviceRow, _: unknown, { loaders, stores, identity }: Context) =>
    visibleHistory(stores.curation.advice, identity, a.id, await loaders.adviceHistory.load(a.id)),
};

/** The facilities subgraph owns Organisation; this subgraph adds the standards one maintains. */
import type { Context } from '../context.ts';

export const Organisation = {
  __resolveReference: (ref: { id: string }) => ref,
  maintainedStandards: (ref: { id: string }, _: unknown, { loaders }: Context) => loaders.maintained.load(ref.id),
};

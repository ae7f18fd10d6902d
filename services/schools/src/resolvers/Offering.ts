/** `Offering`: its fields are its row's; `__resolveReference` answers other subgraphs' references. */
import type { Context } from '../context.ts';

export const Offering = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.offering.load(id),
};

/** `__Entity__`: its fields are its row's; `__resolveReference` answers other subgraphs' references. */
import type { Context } from '../context.ts';

export const __Entity__ = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.__entity__.load(id),
};

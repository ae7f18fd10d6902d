/** `__Entity__`: its fields are its row's; `__resolveReference` answers other subgraphs' references. */
import type { __Entity__Resolvers } from './types.generated.ts';

export const __Entity__: __Entity__Resolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.__entity__.load(id),
};

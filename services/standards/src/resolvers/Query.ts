/** Root queries of the standards subgraph. */
import type { QueryResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  standard: (_, { id }, { loaders }) => loaders.standard.load(id),
  standards: (_, args, { stores }) => stores.standards.list(args),
};

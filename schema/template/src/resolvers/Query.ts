/** Root queries of the __name__ subgraph. */
import type { QueryResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  __entity__: (_, { id }, { loaders }) => loaders.__entity__.load(id),
  __entity__List: (_, { search }, { stores }) => stores.__entity__.list(search),
};

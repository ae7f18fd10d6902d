/** Root queries of the facilities subgraph. */
import type { QueryResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  facility: (_, { id }, { loaders }) => loaders.facility.load(id),
  facilities: (_, args, { stores }) => stores.facilities.list(args),
  organisation: (_, { id }, { loaders }) => loaders.organisation.load(id),
  organisations: (_, { changedSince }, { stores }) => stores.organisations.all(changedSince),
};

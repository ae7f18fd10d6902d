/** Root queries of the schools subgraph. */
import { adviceId } from '@edu-catalogus/seeds';
import type { QueryResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  offering: (_, { id }, { loaders }) => loaders.offering.load(id),
  advice: (_, { product, sector }, { loaders }) => loaders.advice.load(adviceId(product, sector)),
  offerings: (_, query, { stores }) => stores.offering.page(query),
  adviceList: (_, query, { stores }) => stores.advice.page(query),
};

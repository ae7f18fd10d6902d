/** Root queries of the schools subgraph. */
import type { Context } from '../context.ts';

export const Query = {
  offering: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.offering.load(id),
  offeringList: (_: unknown, { search }: { search?: string | null }, { stores }: Context) => stores.offering.list(search),
};

/** Root queries of the __name__ subgraph. */
import type { Context } from '../context.ts';

export const Query = {
  __entity__: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.__entity__.load(id),
  __entity__List: (_: unknown, { search }: { search?: string | null }, { stores }: Context) => stores.__entity__.list(search),
};

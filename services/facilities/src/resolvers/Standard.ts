/** The standards subgraph owns Standard; this subgraph adds the facilities that use one. */
import type { Context } from '../context.ts';

export const Standard = {
  __resolveReference: (ref: { id: string }) => ref,
  usedByFacilities: (ref: { id: string }, _: unknown, { loaders }: Context) => loaders.linkedBy('standard').load(ref.id),
};

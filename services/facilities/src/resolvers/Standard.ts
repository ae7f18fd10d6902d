/** The standards subgraph owns Standard; this subgraph adds the facilities that use one. */
import type { StandardResolvers } from './types.generated.ts';

export const Standard: StandardResolvers = {
  __resolveReference: (ref) => ref,
  usedByFacilities: (ref, _, { loaders }) => loaders.linkedBy('standard').load(ref.id),
  archivedUsedByFacilities: (ref, _, { loaders }) => loaders.archivedLinkedBy('standard').load(ref.id),
};

/** The facilities subgraph owns Organisation; this subgraph adds the standards one maintains. */
import type { OrganisationResolvers } from './types.generated.ts';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref) => ref,
  maintainedStandards: (ref, _, { loaders }) => loaders.maintained.load(ref.id),
  archivedMaintainedStandards: (ref, _, { loaders }) => loaders.archivedMaintained.load(ref.id),
};

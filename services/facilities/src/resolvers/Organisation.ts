/** Organisation fields: the facilities it operates. */
import type { OrganisationResolvers } from './types.generated.ts';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.organisation.load(ref.id),
  facilities: (organisation, _, { loaders }) => loaders.operated.load(organisation.id),
  archivedFacilities: (organisation, _, { loaders }) => loaders.archivedOperated.load(organisation.id),
};

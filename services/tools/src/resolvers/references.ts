/** Entities of other subgraphs to which this subgraph contributes tool lists. */
import type { FacilityResolvers, OrganisationResolvers, StandardResolvers } from './types.generated.ts';

const self = (ref: { id: string }) => ref;

export const Standard: StandardResolvers = {
  __resolveReference: self,
  implementedBy: (ref, _, { loaders }) => loaders.toolsWith('standard').load(ref.id),
  archivedImplementedBy: (ref, _, { loaders }) => loaders.archivedToolsWith('standard').load(ref.id),
};

export const Facility: FacilityResolvers = {
  __resolveReference: self,
  compatibleTools: (ref, _, { loaders }) => loaders.toolsWith('facility').load(ref.id),
  archivedCompatibleTools: (ref, _, { loaders }) => loaders.archivedToolsWith('facility').load(ref.id),
};

export const Organisation: OrganisationResolvers = {
  __resolveReference: self,
  curatedTools: (ref, _, { loaders }) => loaders.curatedTools.load(ref.id),
  archivedCuratedTools: (ref, _, { loaders }) => loaders.archivedCuratedTools.load(ref.id),
};

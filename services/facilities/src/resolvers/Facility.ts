/** Facility fields that are links: operator, partners, dependencies, standards (owned elsewhere). */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { FacilityResolvers } from './types.generated.ts';

const present = <T>(rows: (T | null | Error)[]): T[] => rows.filter((r): r is T => r !== null && !(r instanceof Error));

export const Facility: FacilityResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.facility.load(ref.id),
  status: (facility) => facility.lifecycle,
  entryStatus: (facility) => facility.status,
  // Null once the operator was archived: archivedOperator names it then.
  operator: (facility, _, { loaders }) => loaders.organisation.load(facility.operatorId),
  archivedOperator: (facility, _, { loaders }) => loaders.archivedOrganisation.load(facility.operatorId),
  partners: async (facility, _, { loaders }) => present(await loaders.organisation.loadMany(await loaders.links('partner').load(facility.id))),
  archivedPartners: async (facility, _, { loaders }) => present(await loaders.archivedOrganisation.loadMany(await loaders.links('partner').load(facility.id))),
  sectors: (facility, _, { loaders }) => loaders.links('sector').load(facility.id),
  dependsOn: async (facility, _, { loaders }) => present(await loaders.facility.loadMany(await loaders.links('dependsOn').load(facility.id))),
  dependents: (facility, _, { loaders }) => loaders.linkedBy('dependsOn').load(facility.id),
  archivedDependsOn: async (facility, _, { loaders }) => present(await loaders.archivedFacility.loadMany(await loaders.links('dependsOn').load(facility.id))),
  archivedDependents: (facility, _, { loaders }) => loaders.archivedLinkedBy('dependsOn').load(facility.id),
  history: async (facility, _, { loaders, stores, identity }) =>
    visibleHistory(stores.curation.facility, identity, facility.id, await loaders.history('facility').load(facility.id)),
  standards: async (facility, _, { loaders }) => (await loaders.links('standard').load(facility.id)).map((id) => ({ __typename: 'Standard', id })),
};

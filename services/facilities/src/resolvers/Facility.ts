/** Facility fields that are links: operator, partners, dependencies, standards (owned elsewhere). */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';
import type { FacilityRow } from '../store/tables.ts';

const present = <T>(rows: (T | null | Error)[]): T[] => rows.filter((r): r is T => r !== null && !(r instanceof Error));

export const Facility = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.facility.load(ref.id),
  status: (facility: FacilityRow) => facility.lifecycle,
  entryStatus: (facility: FacilityRow) => facility.status,
  operator: (facility: FacilityRow, _: unknown, { loaders }: Context) => loaders.organisation.load(facility.operatorId),
  partners: async (facility: FacilityRow, _: unknown, { loaders }: Context) =>
    present(await loaders.organisation.loadMany(await loaders.links('partner').load(facility.id))),
  sectors: (facility: FacilityRow, _: unknown, { loaders }: Context) => loaders.links('sector').load(facility.id),
  dependsOn: async (facility: FacilityRow, _: unknown, { loaders }: Context) =>
    present(await loaders.facility.loadMany(await loaders.links('dependsOn').load(facility.id))),
  dependents: (facility: FacilityRow, _: unknown, { loaders }: Context) => loaders.linkedBy('dependsOn').load(facility.id),
  history: async (facility: FacilityRow, _: unknown, { loaders, stores, identity }: Context) =>
    visibleHistory(stores.curation.facility, identity, facility.id, await loaders.history('facility').load(facility.id)),
  standards: async (facility: FacilityRow, _: unknown, { loaders }: Context) =>
    (await loaders.links('standard').load(facility.id)).map((id) => ({ __typename: 'Standard', id })),
};

/** Standard fields: maintainer (owned by facilities), versions, sectors, Dutch status. */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { StandardResolvers, StandardVersionResolvers } from './types.generated.ts';

export const Standard: StandardResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.standard.load(ref.id),
  maintainer: (standard) => ({ __typename: 'Organisation', id: standard.maintainerId }),
  sectors: (standard, _, { loaders }) => loaders.sectors.load(standard.id),
  versions: (standard, _, { loaders }) => loaders.versions.load(standard.id),
  entryStatus: (standard) => standard.status,
  history: async (standard, _, { loaders, stores, identity }) =>
    visibleHistory(stores.curation.standard, identity, standard.id, await loaders.history.load(standard.id)),
};

export const StandardVersion: StandardVersionResolvers = {
  status: (version) => version.lifecycle,
};

/** Standard fields: maintainer (owned by facilities), versions, sectors, Dutch status. */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';
import type { StandardRow, StandardVersionRow } from '../store/tables.ts';

export const Standard = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.standard.load(ref.id),
  maintainer: (standard: StandardRow) => ({ __typename: 'Organisation', id: standard.maintainerId }),
  sectors: (standard: StandardRow, _: unknown, { loaders }: Context) => loaders.sectors.load(standard.id),
  versions: (standard: StandardRow, _: unknown, { loaders }: Context) => loaders.versions.load(standard.id),
  entryStatus: (standard: StandardRow) => standard.status,
  history: async (standard: StandardRow, _: unknown, { loaders, stores, identity }: Context) =>
    visibleHistory(stores.curation.standard, identity, standard.id, await loaders.history.load(standard.id)),
};

export const StandardVersion = {
  status: (version: StandardVersionRow) => version.lifecycle,
};

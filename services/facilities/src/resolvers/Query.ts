/** Root queries of the facilities subgraph. */
import type { EntryOrder } from '@edu-catalogus/kit';
import type { Context } from '../context.ts';
import type { FacilityFilter } from '../db/facility-store.ts';

export const Query = {
  facility: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.facility.load(id),
  facilities: (
    _: unknown,
    args: {
      search?: string | null;
      filter?: FacilityFilter | null;
      first?: number | null;
      after?: string | null;
      changedSince?: Date | null;
      orderBy?: EntryOrder | null;
    },
    { stores }: Context,
  ) => stores.facilities.list(args),
  organisation: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.organisation.load(id),
  organisations: (_: unknown, __: unknown, { stores }: Context) => stores.organisations.all(),
};

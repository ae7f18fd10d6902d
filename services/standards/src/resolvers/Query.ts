/** Root queries of the standards subgraph. */
import type { EntryOrder } from '@edu-catalogus/kit';
import type { Context } from '../context.ts';
import type { StandardFilter } from '../db/standard-store.ts';

export const Query = {
  standard: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.standard.load(id),
  standards: (
    _: unknown,
    args: {
      search?: string | null;
      filter?: StandardFilter | null;
      first?: number | null;
      after?: string | null;
      changedSince?: Date | null;
      orderBy?: EntryOrder | null;
    },
    { stores }: Context,
  ) => stores.standards.list(args),
};

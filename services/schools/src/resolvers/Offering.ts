/** `Offering`: its tool and provider are references to the tools and facilities subgraphs. */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';
import type { OfferingRow } from '../store/tables.ts';

export const Offering = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.offering.load(id),
  tool: (o: OfferingRow) => ({ __typename: 'Tool', id: o.toolId }),
  provider: (o: OfferingRow) => ({ __typename: 'Organisation', id: o.providerId }),
  dataLocation: (o: OfferingRow) => ({ country: o.dataLocation.country ?? null, withinEu: o.dataLocation.withinEu ?? null }),
  entryStatus: (o: OfferingRow) => o.status,
  history: async (o: OfferingRow, _: unknown, { loaders, stores, identity }: Context) =>
    visibleHistory(stores.curation.offering, identity, o.id, await loaders.offeringHistory.load(o.id)),
};

/** `Offering`: its tool and provider are references to the tools and facilities subgraphs. */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { OfferingResolvers } from './types.generated.ts';

export const Offering: OfferingResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.offering.load(id),
  tool: (o) => ({ __typename: 'Tool', id: o.toolId }),
  provider: (o) => ({ __typename: 'Organisation', id: o.providerId }),
  dataLocation: (o) => ({ country: o.dataLocation.country ?? null, withinEu: o.dataLocation.withinEu ?? null }),
  entryStatus: (o) => o.status,
  history: async (o, _, { loaders, stores, identity }) => visibleHistory(stores.curation.offering, identity, o.id, await loaders.offeringHistory.load(o.id)),
};

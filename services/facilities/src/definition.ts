/** The facilities subgraph, as kit and the registry see it: Facility and Organisation, the change feed and webhooks. */
import { loadWebhookConfig } from '@edu-catalogus/kit/runtime';
import {
  changesResolvers,
  createDeliverer,
  createSubgraphFeed,
  createWebhookStore,
  defineSubgraph,
  feedOrder,
  mergeResolvers,
  type ServerParts,
} from '@edu-catalogus/kit/subgraph';
import { createContext, createStores } from './context.ts';
import { isFacilitiesDbEmpty, seedFacilitiesDb } from './curation/seed.ts';
import type { FacilitiesStoreDb } from './store/dialect.ts';
import { openFacilitiesPostgres } from './store/pg-open.ts';
import { resolvers } from './resolvers/index.ts';
import { webhookResolvers } from './resolvers/Webhooks.ts';
import * as tables from './store/tables.ts';

export const definition = defineSubgraph({
  name: 'facilities',
  portVariable: 'FACILITIES_PORT',
  defaultPort: 4002,
  databaseName: 'facilities.db',
  dir: import.meta.dirname,
  tables,
  resolvers,
  context: (db: FacilitiesStoreDb, peers) => {
    const stores = createStores(db, peers);
    return (identity) => createContext(stores, identity);
  },
  isEmpty: isFacilitiesDbEmpty,
  seed: seedFacilitiesDb,
  openPostgres: (url, schema) => openFacilitiesPostgres(url, schema),
  // Facilities serves the public change feed (`changes`) and delivers it to portals' webhooks (WEBHOOK_* settings).
  extend: ({ db, logger, peers }: ServerParts<FacilitiesStoreDb>) => {
    const config = loadWebhookConfig();
    const feed = createSubgraphFeed('facilities', db, peers);
    const deliverer = createDeliverer({ db, feed, config, logger });
    return {
      resolvers: mergeResolvers(
        { Query: changesResolvers('facilities', db, peers) },
        webhookResolvers(createWebhookStore(db, config, feedOrder('facilities', peers))),
      ),
      // Webhook deliveries run while the server does.
      plugins: [{ serverWillStart: async () => (deliverer.start(), { serverWillStop: () => deliverer.stop() }) }],
    };
  },
});

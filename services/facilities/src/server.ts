/** Wiring of the facilities subgraph: database in, Apollo server and context factory out. No env, no listen. */
import path from 'node:path';
import {
  changesResolvers,
  createSubgraphFeed,
  createSubgraphServer,
  loadTypeDefs,
  openDatabase,
  silentLogger,
  trustingPeers,
  type Logger,
  type Peers,
  type Subgraph,
  type SubgraphDefinition,
} from '@edu-catalogus/kit';
import { createContext, createStores, type Context } from './context.ts';
import type { FacilitiesDb } from './db/facility-store.ts';
import * as schema from './db/schema.ts';
import { isFacilitiesDbEmpty, seedFacilitiesDb } from './db/seed.ts';
import { resolvers } from './resolvers/index.ts';
import { webhookResolvers } from './resolvers/Webhooks.ts';
import { loadWebhookConfig, type WebhookConfig } from './webhooks/config.ts';
import { createDeliverer } from './webhooks/deliverer.ts';
import { createWebhookStore } from './webhooks/store.ts';
import { outboxResolvers } from '@edu-catalogus/kit/curation';

export const typeDefs = loadTypeDefs(path.join(import.meta.dirname, 'schema.graphql'));

export function openFacilitiesDatabase(file: string, onQuery?: (sql: string) => void): FacilitiesDb {
  return openDatabase({ file, schema, migrationsFolder: path.join(import.meta.dirname, '../drizzle'), onQuery });
}

/** `webhooks`: delivery settings; by default read from the environment (WEBHOOK_*, src/webhooks/config.ts). */
export function createServer({
  db,
  logger = silentLogger,
  peers = trustingPeers,
  webhooks,
}: {
  db: FacilitiesDb;
  logger?: Logger;
  peers?: Peers;
  webhooks?: WebhookConfig;
}): Subgraph<Context> {
  const stores = createStores(db, peers);
  const config = webhooks ?? loadWebhookConfig();
  const hooks = webhookResolvers(createWebhookStore(db, config));
  const deliverer = createDeliverer({ db, feed: createSubgraphFeed('facilities', db, peers), config, logger });
  return {
    apollo: createSubgraphServer<Context>({
      typeDefs,
      resolvers: {
        ...resolvers,
        ...hooks,
        Query: { ...resolvers.Query, ...outboxResolvers(db), ...changesResolvers('facilities', db, peers), ...hooks.Query },
        Mutation: { ...resolvers.Mutation, ...hooks.Mutation },
      },
      logger,
      // Webhook deliveries run while the server does.
      plugins: [{ serverWillStart: async () => (deliverer.start(), { serverWillStop: () => deliverer.stop() }) }],
    }),
    context: async (identity) => createContext(stores, identity ?? null),
    ready: () => db.$client.prepare('SELECT 1').get() !== undefined,
  };
}

export const definition: SubgraphDefinition<FacilitiesDb, Context> = {
  name: 'facilities',
  portVariable: 'FACILITIES_PORT',
  defaultPort: 4002,
  databaseName: 'facilities.db',
  open: openFacilitiesDatabase,
  isEmpty: isFacilitiesDbEmpty,
  seed: seedFacilitiesDb,
  createServer,
};

export { isFacilitiesDbEmpty, seedFacilitiesDb };
export type { FacilitiesDb };

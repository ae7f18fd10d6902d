/** Wiring of the facilities subgraph: database in, Apollo server and context factory out. No env, no listen. */
import path from 'node:path';
import {
  changesResolvers,
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
import { outboxResolvers } from '@edu-catalogus/kit/curation';

export const typeDefs = loadTypeDefs(path.join(import.meta.dirname, 'schema.graphql'));

export function openFacilitiesDatabase(file: string, onQuery?: (sql: string) => void): FacilitiesDb {
  return openDatabase({ file, schema, migrationsFolder: path.join(import.meta.dirname, '../drizzle'), onQuery });
}

export function createServer({ db, logger = silentLogger, peers = trustingPeers }: { db: FacilitiesDb; logger?: Logger; peers?: Peers }): Subgraph<Context> {
  const stores = createStores(db, peers);
  return {
    apollo: createSubgraphServer<Context>({ typeDefs, resolvers: { ...resolvers, Query: { ...resolvers.Query, ...outboxResolvers(db), ...changesResolvers('facilities', db, peers) } }, logger }),
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

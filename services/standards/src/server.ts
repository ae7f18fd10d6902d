/** Wiring of the standards subgraph: database in, Apollo server and context factory out. No env, no listen. */
import path from 'node:path';
import {
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
import type { StandardsDb } from './db/standard-store.ts';
import * as schema from './db/schema.ts';
import { isStandardsDbEmpty, seedStandardsDb } from './db/seed.ts';
import { resolvers } from './resolvers/index.ts';
import { outboxResolvers } from '@edu-catalogus/kit/curation';

export const typeDefs = loadTypeDefs(path.join(import.meta.dirname, 'schema.graphql'));

export function openStandardsDatabase(file: string, onQuery?: (sql: string) => void): StandardsDb {
  return openDatabase({ file, schema, migrationsFolder: path.join(import.meta.dirname, '../drizzle'), onQuery });
}

export function createServer({ db, logger = silentLogger, peers = trustingPeers }: { db: StandardsDb; logger?: Logger; peers?: Peers }): Subgraph<Context> {
  const stores = createStores(db, peers);
  return {
    apollo: createSubgraphServer<Context>({ typeDefs, resolvers: { ...resolvers, Query: { ...resolvers.Query, ...outboxResolvers(db) } }, logger }),
    context: async (identity) => createContext(stores, identity ?? null),
    ready: () => db.$client.prepare('SELECT 1').get() !== undefined,
  };
}

export const definition: SubgraphDefinition<StandardsDb, Context> = {
  name: 'standards',
  portVariable: 'STANDARDS_PORT',
  defaultPort: 4003,
  databaseName: 'standards.db',
  open: openStandardsDatabase,
  isEmpty: isStandardsDbEmpty,
  seed: seedStandardsDb,
  createServer,
};

export { isStandardsDbEmpty, seedStandardsDb };
export type { StandardsDb };

/** Wiring of the tools subgraph: database in, Apollo server and context factory out. No env, no listen. */
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
import * as schema from './store/tables.ts';
import type { ToolsDb } from './store/tables.ts';
import { resolvers } from './resolvers/index.ts';
import { outboxResolvers } from '@edu-catalogus/kit/curation';

export const typeDefs = loadTypeDefs(path.join(import.meta.dirname, 'schema.graphql'));

export function openToolsDatabase(file: string, onQuery?: (sql: string) => void): ToolsDb {
  return openDatabase({ file, schema, migrationsFolder: path.join(import.meta.dirname, '../drizzle'), onQuery });
}

export function createServer({ db, logger = silentLogger, peers = trustingPeers }: { db: ToolsDb; logger?: Logger; peers?: Peers }): Subgraph<Context> {
  const stores = createStores(db, peers);
  return {
    apollo: createSubgraphServer<Context>({ typeDefs, resolvers: { ...resolvers, Query: { ...resolvers.Query, ...outboxResolvers(db) } }, logger }),
    context: async (identity) => createContext(stores, identity ?? null),
    ready: () => db.$client.prepare('SELECT 1').get() !== undefined,
  };
}

import { seedToolsDb } from './curation/seed.ts';
import { isToolsDbEmpty } from './store/tool-store.ts';

export { isToolsDbEmpty, seedToolsDb };
/** Search indexing, for whoever writes tools: call inside the write transaction (see store/search/reindex.ts). */
export { reindexTools, toolsShowing } from './store/search/reindex.ts';
export type { ToolsDb };

export const definition: SubgraphDefinition<ToolsDb, Context> = {
  name: 'tools',
  portVariable: 'TOOLS_PORT',
  defaultPort: 4001,
  databaseName: 'tools.db',
  open: openToolsDatabase,
  isEmpty: isToolsDbEmpty,
  seed: seedToolsDb,
  createServer,
};

/** The tools subgraph, as kit and the registry see it: Tool, Product, Alternative and Category. */
import { defineSubgraph } from '@edu-catalogus/kit';
import { createContext, createStores } from './context.ts';
import * as tables from './db/schema.ts';
import { isToolsDbEmpty, seedToolsDb } from './db/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const definition = defineSubgraph({
  name: 'tools',
  portVariable: 'TOOLS_PORT',
  defaultPort: 4001,
  databaseName: 'tools.db',
  dir: import.meta.dirname,
  tables,
  resolvers,
  context: (db, peers) => {
    const stores = createStores(db, peers);
    return (identity) => createContext(stores, identity);
  },
  isEmpty: isToolsDbEmpty,
  seed: seedToolsDb,
});

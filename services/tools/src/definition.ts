/** The tools subgraph, as kit and the registry see it: Tool, Product, Alternative and Category. */
import { defineSubgraph } from '@edu-catalogus/kit/subgraph';
import { createContext, createStores } from './context.ts';
import { seedToolsDb } from './curation/seed.ts';
import { openToolsPostgres } from './store/pg-open.ts';
import * as tables from './store/tables.ts';
import { isToolsDbEmpty } from './store/tool-store.ts';
import type { ToolsStoreDb } from './store/dialect.ts';
import { resolvers } from './resolvers/index.ts';

export const definition = defineSubgraph({
  name: 'tools',
  portVariable: 'TOOLS_PORT',
  defaultPort: 4001,
  databaseName: 'tools.db',
  dir: import.meta.dirname,
  tables,
  resolvers,
  // Either store: SQLite (the default) or PostgreSQL (TOOLS_DATABASE_URL / DATABASE_URL).
  context: (db: ToolsStoreDb, peers) => {
    const stores = createStores(db, peers);
    return (identity) => createContext(stores, identity);
  },
  isEmpty: (db: ToolsStoreDb) => isToolsDbEmpty(db),
  seed: (db: ToolsStoreDb, catalogue) => seedToolsDb(db, catalogue),
  openPostgres: (url, schema) => openToolsPostgres(url, schema),
});

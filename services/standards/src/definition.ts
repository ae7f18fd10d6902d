/** The standards subgraph, as kit and the registry see it: Standard with its versions and Dutch status. */
import { defineSubgraph } from '@edu-catalogus/kit/subgraph';
import { createContext, createStores } from './context.ts';
import { isStandardsDbEmpty, seedStandardsDb } from './curation/seed.ts';
import { resolvers } from './resolvers/index.ts';
import { openStandardsPostgres } from './store/pg-open.ts';
import * as tables from './store/tables.ts';

export const definition = defineSubgraph({
  name: 'standards',
  portVariable: 'STANDARDS_PORT',
  defaultPort: 4003,
  databaseName: 'standards.db',
  dir: import.meta.dirname,
  tables,
  resolvers,
  context: (db, peers) => {
    const stores = createStores(db, peers);
    return (identity) => createContext(stores, identity);
  },
  isEmpty: isStandardsDbEmpty,
  openPostgres: (url, schema) => openStandardsPostgres(url, schema),
  seed: seedStandardsDb,
});

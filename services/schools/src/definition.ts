/** The schools subgraph, as kit and the registry see it: offerings (a tool ready to use, from a provider) and advice per product and sector. */
import { defineSubgraph } from '@edu-catalogus/kit/subgraph';
import { createContext, createStores } from './context.ts';
import { isSchoolsDbEmpty, seedSchoolsDb } from './curation/seed.ts';
import { resolvers } from './resolvers/index.ts';
import { openSchoolsPostgres } from './store/pg-open.ts';
import * as tables from './store/tables.ts';

export const definition = defineSubgraph({
  name: 'schools',
  portVariable: 'SCHOOLS_PORT',
  defaultPort: 4004,
  databaseName: 'schools.db',
  dir: import.meta.dirname,
  tables,
  resolvers,
  context: (db, peers) => {
    const stores = createStores(db, peers);
    return (identity) => createContext(stores, identity);
  },
  isEmpty: isSchoolsDbEmpty,
  openPostgres: (url, schema) => openSchoolsPostgres(url, schema),
  seed: seedSchoolsDb,
});

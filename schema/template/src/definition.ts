/** The __name__ subgraph, as kit and the registry see it: __Entity__. */
import { defineSubgraph } from '@edu-catalogus/kit/subgraph';
import { createContext, createStores } from './context.ts';
import { is__Name__DbEmpty, seed__Name__Db } from './curation/seed.ts';
import { resolvers } from './resolvers/index.ts';
import * as tables from './store/tables.ts';

export const definition = defineSubgraph({
  name: '__name__',
  portVariable: '__NAME___PORT',
  defaultPort: __PORT__,
  databaseName: '__name__.db',
  dir: import.meta.dirname,
  tables,
  resolvers,
  context: (db) => {
    const stores = createStores(db);
    return (identity) => createContext(stores, identity);
  },
  isEmpty: is__Name__DbEmpty,
  seed: seed__Name__Db,
});

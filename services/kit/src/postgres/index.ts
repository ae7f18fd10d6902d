/** PostgreSQL as a subgraph's store: opening it with its migrations. The test server is in `@edu-catalogus/kit/testing`. */
export { openPostgres, type OpenPostgresOptions, type PgDb } from './open-postgres.ts';
export { CHANGES_CHANNEL, type ChangeNotice, listenForChanges } from './change-listener.ts';
export { copyTables, type TablePair } from './copy-from-sqlite.ts';
export { createSharedReplayGuard, type SharedReplayGuard, type SharedReplayGuardOptions } from './nonce-store.ts';
export { createPgRebuiltTextSearch, type PgRebuiltTextSearch, type PgRebuiltTextSearchSpec } from './rebuilt-text-search.ts';
export { createPgTextQuery, matchQuery, type PgResolvedSearch, type PgSearchableDb, type PgTextSources, termQuery } from './text-query.ts';

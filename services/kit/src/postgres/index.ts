/** PostgreSQL as a subgraph's store: opening it with its migrations. The test server is in `@edu-catalogus/kit/testing`. */
export { openPostgres, type OpenPostgresOptions, type PgDb } from './open-postgres.ts';
export { CHANGES_CHANNEL, type ChangeNotice, listenForChanges } from './change-listener.ts';

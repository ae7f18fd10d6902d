/** PostgreSQL as a subgraph's store: opening it with its migrations. The test server is in `@edu-catalogus/kit/testing`. */
export { openPostgres, type OpenPostgresOptions, type PgDb } from './open-postgres.ts';

/**
 * Opening a PostgreSQL store and nothing else (`@edu-catalogus/kit/postgres-open`): for a process that keeps a
 * little state there but serves no catalogue (the web site's sign-outs), without the stores, search or SQLite.
 */
export { openPostgres, type OpenPostgresOptions, type PgDb } from '../postgres/open-postgres.ts';
export { redactUrl, unreachableAsConfigError } from '../postgres/health.ts';

/** Opens the standards subgraph's PostgreSQL store: its schema (`standards` unless told), tables and drizzle-pg/ migrations. */
import { openPostgres, type PgDb } from '@edu-catalogus/kit/postgres';
import * as tables from './pg-tables.ts';

export type StandardsPgDb = PgDb<typeof tables>;

export const PG_MIGRATIONS = new URL('../../drizzle-pg', import.meta.url).pathname;

export function openStandardsPostgres(url: string, schema = 'standards'): Promise<StandardsPgDb> {
  return openPostgres({ url, schema, tables, migrationsFolder: PG_MIGRATIONS });
}

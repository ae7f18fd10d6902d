/** Opens the schools subgraph's PostgreSQL store: its schema (`schools` unless told), tables and drizzle-pg/ migrations. */
import { openPostgres, type PgDb } from '@edu-catalogus/kit/postgres';
import * as tables from './pg-tables.ts';

export type SchoolsPgDb = PgDb<typeof tables>;

export const PG_MIGRATIONS = new URL('../../drizzle-pg', import.meta.url).pathname;

export function openSchoolsPostgres(url: string, schema = 'schools'): Promise<SchoolsPgDb> {
  return openPostgres({ url, schema, tables, migrationsFolder: PG_MIGRATIONS });
}

/** Opens the facilities subgraph's PostgreSQL store: its schema (`facilities` unless told), tables and drizzle-pg/ migrations. */
import { openPostgres, type PgDb } from '@edu-catalogus/kit/postgres';
import * as tables from './pg-tables.ts';

export type FacilitiesPgDb = PgDb<typeof tables>;

export const PG_MIGRATIONS = new URL('../../drizzle-pg', import.meta.url).pathname;

export function openFacilitiesPostgres(url: string, schema = 'facilities'): Promise<FacilitiesPgDb> {
  return openPostgres({ url, schema, tables, migrationsFolder: PG_MIGRATIONS });
}

/** Opens the tools subgraph's PostgreSQL store: its schema (`tools` unless told), tables and drizzle-pg/ migrations. */
import { openPostgres, type PgDb } from '@edu-catalogus/kit/postgres';
import * as tables from './pg-tables.ts';

export type ToolsPgDb = PgDb<typeof tables>;

export const PG_MIGRATIONS = new URL('../../drizzle-pg', import.meta.url).pathname;

export function openToolsPostgres(url: string, schema = 'tools'): Promise<ToolsPgDb> {
  return openPostgres({ url, schema, tables, migrationsFolder: PG_MIGRATIONS });
}

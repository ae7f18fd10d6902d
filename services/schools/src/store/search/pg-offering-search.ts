/** offering-search.ts on PostgreSQL: offerings aimed at a sector (its jsonb list holds the sector). */
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export function inSectorPg(sectors: PgColumn, sector: string | null | undefined): SQL | undefined {
  if (!sector) return undefined;
  return sql`${sectors} @> ${JSON.stringify([sector])}::jsonb`;
}

/** The search that serves the offering store: offerings aimed at a sector (its JSON list holds the sector). */
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

export function inSector(sectors: SQLiteColumn, sector: string | null | undefined): SQL | undefined {
  if (!sector) return undefined;
  return sql`EXISTS (SELECT 1 FROM json_each(${sectors}) WHERE json_each.value = ${sector})`;
}

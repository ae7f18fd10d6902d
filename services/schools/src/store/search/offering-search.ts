/** The search that serves the offering store: a part of the name, any case. Replace with kit's text index as it grows. */
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

export function nameMatches(column: SQLiteColumn, search: string | null | undefined): SQL | undefined {
  const words = search?.trim();
  if (!words) return undefined;
  const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

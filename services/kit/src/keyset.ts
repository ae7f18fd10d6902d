/** The keyset condition of a name-ordered page: rows after the cursor's (name, id), stable under inserts. */
import { and, eq, gt, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { decodeCursor } from './connection.ts';
import { InputError } from './errors.ts';

export function afterNameCursor(after: string | null | undefined, name: SQLiteColumn, id: SQLiteColumn): SQL | undefined {
  if (!after) return undefined;
  const [lastName, lastId] = decodeCursor(after);
  if (typeof lastName !== 'string' || typeof lastId !== 'string') throw new InputError('after', 'after is not a cursor of this list');
  return or(gt(name, lastName), and(eq(name, lastName), gt(id, lastId)));
}

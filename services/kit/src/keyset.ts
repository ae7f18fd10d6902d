/**
 * Keyset conditions of ordered pages: rows after the cursor's position, stable under inserts. NAME pages
 * run by (name, id); UPDATED pages newest first by (updatedAt, id), for feeds of recent changes; ID pages
 * by id alone, for lists of entries without a name (offerings, advice).
 */
import { and, asc, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { decodeCursor } from './connection.ts';
import { InputError } from './errors.ts';

function position(after: string): [string, string] {
  const [first, id] = decodeCursor(after);
  if (typeof first !== 'string' || typeof id !== 'string') throw new InputError('after', 'after is not a cursor of this list');
  return [first, id];
}

export function afterNameCursor(after: string | null | undefined, name: SQLiteColumn, id: SQLiteColumn): SQL | undefined {
  if (!after) return undefined;
  const [lastName, lastId] = position(after);
  return or(gt(name, lastName), and(eq(name, lastName), gt(id, lastId)));
}

/** The orders of entry lists; `ID` is not a GraphQL order but the one lists without names page in. */
export type EntryOrder = 'NAME' | 'UPDATED' | 'ID';

/** The id after which an ID page continues: its cursor holds the id alone. */
function idPosition(after: string): string {
  const [id, ...rest] = decodeCursor(after);
  if (typeof id !== 'string' || rest.length > 0) throw new InputError('after', 'after is not a cursor of this list');
  return id;
}

/** The keyset page of a list of entries in `order` (NAME unless told): its condition, its ORDER BY and each row's cursor position. */
export function orderedPage<R extends { id: string; name?: string; updatedAt: string }>(
  order: EntryOrder | null | undefined,
  after: string | null | undefined,
  columns: { name?: SQLiteColumn; id: SQLiteColumn; updatedAt: SQLiteColumn },
) {
  if (order === 'ID') return { condition: after ? gt(columns.id, idPosition(after)) : undefined, orderBy: [asc(columns.id)], positionOf: (row: R) => [row.id] };
  if (order === 'UPDATED') {
    const last = after ? position(after) : null;
    return {
      condition: last ? or(lt(columns.updatedAt, last[0]), and(eq(columns.updatedAt, last[0]), gt(columns.id, last[1]))) : undefined,
      orderBy: [desc(columns.updatedAt), asc(columns.id)],
      positionOf: (row: R) => [row.updatedAt, row.id],
    };
  }
  if (!columns.name) throw new Error('orderedPage: a list without names pages in ID order');
  return {
    condition: afterNameCursor(after, columns.name, columns.id),
    orderBy: [asc(columns.name), asc(columns.id)],
    positionOf: (row: R) => [row.name ?? '', row.id],
  };
}

/** Relay cursor connections: `first` bounds, opaque keyset cursors, edges and pageInfo. */
import { InputError } from './errors.ts';

export const MAX_PAGE_SIZE = 100;

/** Validates `first` (0..100); `field` names the argument in the error. */
export function pageSize(first: number | null | undefined, fallback: number, field = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new InputError(field, `${field} must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

/** A cursor is the keyset position of a row: its sort key(s) and id, as base64url JSON. */
export function encodeCursor(position: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): (string | number | null)[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length > 0 && value.every((v) => v === null || ['string', 'number'].includes(typeof v))) {
      return value as (string | number | null)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError(field, `${field} is not a cursor returned by this API`);
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a connection from `rows` fetched with LIMIT first + 1 (the extra row tells hasNextPage). */
export function toConnection<T>(rows: T[], first: number, totalCount: number, positionOf: (row: T) => readonly (string | number | null)[]): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

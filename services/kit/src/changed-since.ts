/**
 * `changedSince` on the list queries, for portals that poll: entries whose published content changed
 * at or after a time (the `updated_at` every publish sets). Archived entries drop out of the lists;
 * the change feed reports them.
 */
import { gte, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { InputError } from './errors.ts';

const refuse = (value: unknown) =>
  new InputError('changedSince', `changedSince: ${JSON.stringify(value)} is not an RFC 3339 date-time (2026-11-30T12:00:00Z).`);

/** graphql-scalars' DateTime, refusing bad values as BAD_USER_INPUT (its own TypeError would be masked). */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: GraphQLDateTime.description,
  serialize: (value) => GraphQLDateTime.serialize(value),
  parseValue(value) {
    try {
      return GraphQLDateTime.parseValue(value);
    } catch {
      throw refuse(value);
    }
  },
  parseLiteral(ast: ValueNode) {
    try {
      return GraphQLDateTime.parseLiteral(ast, {});
    } catch {
      throw refuse('value' in ast ? ast.value : ast.kind);
    }
  },
});

/** `updated_at` is stored as ISO 8601 UTC with milliseconds, as `Date#toISOString` writes it: text order is time order. */
export const changedSinceIso = (since: Date | string | null | undefined): string | null =>
  since == null ? null : (since instanceof Date ? since : new Date(since)).toISOString();

export function changedSinceCondition(column: SQLiteColumn, since: Date | string | null | undefined): SQL | undefined {
  const iso = changedSinceIso(since);
  return iso === null ? undefined : gte(column, iso);
}

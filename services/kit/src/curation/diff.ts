/** Field-by-field differences between two versions of an entry's content, for revisions and review. */
import { isDeepStrictEqual } from 'node:util';
import type { FieldChange } from './tables.ts';

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Nested objects are compared per key (`summary.nl`); lists and scalars as a whole. */
export function diffContent(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined, prefix = ''): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  for (const key of keys) {
    const old = before?.[key];
    const next = after?.[key];
    const field = prefix ? `${prefix}.${key}` : key;
    // A nested object that appears or disappears is listed field by field too.
    if ((isPlainObject(old) || old == null) && (isPlainObject(next) || next == null) && (isPlainObject(old) || isPlainObject(next))) {
      changes.push(...diffContent(old as Record<string, unknown> | null, next as Record<string, unknown> | null, field));
    } else if (!isDeepStrictEqual(old ?? null, next ?? null)) changes.push({ field, old: old ?? null, new: next ?? null });
  }
  return changes;
}

/** All SQL for __entity__ entries: by id, by name, publish and archive. */
import { archiveRow, upsertPublished } from '@edu-catalogus/kit/rows';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { nameMatches } from './search/__entity__-search.ts';
import { type __Entity__Row, type __Name__Db, __entity__Rows } from './tables.ts';

const published = eq(__entity__Rows.status, 'PUBLISHED');

export function create__Entity__Store(db: __Name__Db) {
  return {
    byIds(ids: readonly string[]): __Entity__Row[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(__entity__Rows)
        .where(and(inArray(__entity__Rows.id, [...ids]), published))
        .all();
    },
    list(search?: string | null): __Entity__Row[] {
      return db
        .select()
        .from(__entity__Rows)
        .where(and(published, nameMatches(__entity__Rows.name, search)))
        .orderBy(asc(__entity__Rows.name), asc(__entity__Rows.id))
        .all();
    },
    /** Writes a published entry (insert, or new content with `version` + 1). */
    publish(row: Omit<__Entity__Row, 'status' | 'version' | 'createdAt' | 'updatedAt'>): Promise<void> {
      return upsertPublished(db, __entity__Rows, { ...row, status: 'PUBLISHED' });
    },
    archive(id: string): Promise<void> {
      return archiveRow(db, __entity__Rows, id);
    },
  };
}

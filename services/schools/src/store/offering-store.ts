/** All SQL for offering entries: by id, by name, publish and archive. */
import { archiveRow, upsertPublished } from '@edu-catalogus/kit';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { nameMatches } from './search/offering-search.ts';
import { type OfferingRow, type SchoolsDb, offeringRows } from './tables.ts';

const published = eq(offeringRows.status, 'PUBLISHED');

export function createOfferingStore(db: SchoolsDb) {
  return {
    byIds(ids: readonly string[]): OfferingRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(offeringRows)
        .where(and(inArray(offeringRows.id, [...ids]), published))
        .all();
    },
    list(search?: string | null): OfferingRow[] {
      return db
        .select()
        .from(offeringRows)
        .where(and(published, nameMatches(offeringRows.name, search)))
        .orderBy(asc(offeringRows.name), asc(offeringRows.id))
        .all();
    },
    /** Writes a published entry (insert, or new content with `version` + 1). */
    publish(row: Omit<OfferingRow, 'status' | 'version' | 'createdAt' | 'updatedAt'>): void {
      upsertPublished(db, offeringRows, { ...row, status: 'PUBLISHED' });
    },
    archive(id: string): void {
      archiveRow(db, offeringRows, id);
    },
  };
}

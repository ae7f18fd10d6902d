/** All SQL for the category taxonomy. */
import { asc, eq, inArray } from 'drizzle-orm';
import { categories, type CategoryRow } from './schema.ts';
import type { ToolsDb } from './tool-store.ts';

export function createCategoryStore(db: ToolsDb) {
  return {
    all(): CategoryRow[] {
      return db.select().from(categories).where(eq(categories.status, 'PUBLISHED')).orderBy(asc(categories.id)).all();
    },
    byIds(ids: readonly string[]): CategoryRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(categories)
        .where(inArray(categories.id, [...ids]))
        .all();
    },
  };
}
export type CategoryStore = ReturnType<typeof createCategoryStore>;

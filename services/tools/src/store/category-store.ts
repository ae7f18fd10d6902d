/** All SQL of the category taxonomy: lookups and the writes of a publish or an archive. */
import type { ApiUncertainty, CategorySeed } from '@edu-catalogus/seeds';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { reindexTools, toolsShowing } from './search/reindex.ts';
import { provenanceOf } from './provenance.ts';
import { categories, now, type CategoryRow, type ToolsDb } from './tables.ts';

/** A category as it is published: the seed format without `id`, uncertainties in the API's shape (see curation/adapters.ts). */
export type CategoryInput = Omit<CategorySeed, 'id' | 'uncertainties'> & { uncertainties: ApiUncertainty[] };

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

/** Publishes a category: its row (version bumped), then the search documents that show its name. */
export function writeCategory(db: ToolsDb, id: string, c: CategoryInput): void {
  const row = { id, nameNl: c.name.nl, nameEn: c.name.en, publiccode: c.publiccode ?? null, status: 'PUBLISHED', ...provenanceOf(c) };
  db.insert(categories)
    .values(row)
    .onConflictDoUpdate({ target: categories.id, set: { ...row, version: sql`${categories.version} + 1`, updatedAt: now } })
    .run();
  reindexTools(db, toolsShowing(db, { categories: [id] }));
}

/** Archived categories stay in the table (history, links) but no longer reach anonymous readers or search documents. */
export function archiveCategory(db: ToolsDb, id: string): void {
  db.update(categories).set({ status: 'ARCHIVED', updatedAt: now }).where(eq(categories.id, id)).run();
  reindexTools(db, toolsShowing(db, { categories: [id] }));
}

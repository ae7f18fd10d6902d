/** All SQL of the category taxonomy: lookups and the writes of a publish or an archive. */
import type { ApiUncertainty, CategorySeed } from '@edu-catalogus/seeds';
import { changedSinceCondition, isPostgres } from '@edu-catalogus/kit/data';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { nowOf, queryOf, tablesOf, type ToolsStoreDb } from './dialect.ts';
import { reindexToolsIn, toolsShowing } from './search/reindex-store.ts';
import { provenanceOf } from './provenance.ts';
import type { CategoryRow, ToolsDb } from './tables.ts';

/** A category as it is published: the seed format without `id`, uncertainties in the API's shape (see curation/adapters.ts). */
export type CategoryInput = Omit<CategorySeed, 'id' | 'uncertainties'> & { uncertainties: ApiUncertainty[] };

export function createCategoryStore(db: ToolsStoreDb) {
  const { categories } = tablesOf(db);
  const q = queryOf(db);
  // Prepared once on SQLite: every tool page and search page reads its categories through this.
  const rowsByIds = isPostgres(db)
    ? null
    : (db as ToolsDb)
        .select()
        .from(categories)
        .where(sql`${categories.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
        .prepare();
  return {
    /** Published categories by id; with `changedSince`, only those changed at or after it. */
    async all(changedSince?: Date | null): Promise<CategoryRow[]> {
      const where = and(eq(categories.status, 'PUBLISHED'), changedSinceCondition(categories.updatedAt, changedSince));
      return q.select().from(categories).where(where).orderBy(asc(categories.id));
    },
    async byIds(ids: readonly string[]): Promise<CategoryRow[]> {
      if (ids.length === 0) return [];
      return rowsByIds
        ? rowsByIds.all({ ids: JSON.stringify(ids) })
        : q
            .select()
            .from(categories)
            .where(inArray(categories.id, [...ids]));
    },
  };
}
export type CategoryStore = ReturnType<typeof createCategoryStore>;

/** Publishes a category: its row (version bumped), then the search documents that show its name. */
export async function writeCategory(tx: unknown, id: string, c: CategoryInput): Promise<void> {
  const { categories } = tablesOf(tx);
  const row = { id, nameNl: c.name.nl, nameEn: c.name.en, publiccode: c.publiccode ?? null, status: 'PUBLISHED', ...provenanceOf(c) };
  await queryOf(tx)
    .insert(categories)
    .values(row)
    .onConflictDoUpdate({ target: categories.id, set: { ...row, version: sql`${categories.version} + 1`, updatedAt: nowOf(tx) } });
  await reindexToolsIn(tx, await toolsShowing(tx, { categories: [id] }));
}

/** Archived categories stay in the table (history, links) but no longer reach anonymous readers or search documents. */
export async function archiveCategory(tx: unknown, id: string): Promise<void> {
  const { categories } = tablesOf(tx);
  await queryOf(tx)
    .update(categories)
    .set({ status: 'ARCHIVED', updatedAt: nowOf(tx) })
    .where(eq(categories.id, id));
  await reindexToolsIn(tx, await toolsShowing(tx, { categories: [id] }));
}

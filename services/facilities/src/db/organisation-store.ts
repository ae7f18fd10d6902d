/** All SQL for organisations. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { organisations, type OrganisationRow } from './schema.ts';
import type { FacilitiesDb } from './facility-store.ts';

const published = eq(organisations.status, 'PUBLISHED');

export function createOrganisationStore(db: FacilitiesDb) {
  return {
    all(): OrganisationRow[] {
      return db.select().from(organisations).where(published).orderBy(asc(organisations.name), asc(organisations.id)).all();
    },
    byIds(ids: readonly string[]): OrganisationRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(organisations)
        .where(and(inArray(organisations.id, [...ids]), published))
        .all();
    },
  };
}
export type OrganisationStore = ReturnType<typeof createOrganisationStore>;

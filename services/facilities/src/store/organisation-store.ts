/** All SQL for organisations: published ones by id and in name order, publish and archive. */
import { changedSinceCondition } from '@edu-catalogus/kit/data';
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { fromApiUncertainties, type OrganisationSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type FacilitiesStoreDb, facilitiesTablesOf, queryable } from './dialect.ts';
import type { OrganisationRow, Tx } from './tables.ts';
/** Which organisations a relation lists: the published ones, or the archived ones a page names as archived. */
type ListedStatus = 'PUBLISHED' | 'ARCHIVED';

export function createOrganisationStore(db: FacilitiesStoreDb) {
  const q = queryable(db);
  const { organisations } = facilitiesTablesOf(db);
  return {
    /** Published organisations by name; with `changedSince`, only those changed at or after it. */
    async all(changedSince?: Date | null): Promise<OrganisationRow[]> {
      const where = and(eq(organisations.status, 'PUBLISHED'), changedSinceCondition(organisations.updatedAt, changedSince));
      return q.select().from(organisations).where(where).orderBy(asc(organisations.name), asc(organisations.id));
    },
    async byIds(ids: readonly string[], status: ListedStatus = 'PUBLISHED'): Promise<OrganisationRow[]> {
      if (ids.length === 0) return [];
      return q
        .select()
        .from(organisations)
        .where(and(inArray(organisations.id, [...ids]), eq(organisations.status, status)));
    },
  };
}
export type OrganisationStore = ReturnType<typeof createOrganisationStore>;

/** Publishes an organisation's content into the public table (seeding goes through here too). */
export function writeOrganisation(tx: Tx, id: string, o: PublishedContent<OrganisationSeed>): Promise<void> {
  const row = {
    id,
    name: o.name,
    shortName: o.shortName ?? null,
    kind: o.kind,
    homepage: o.homepage,
    country: o.country ?? null,
    summary: o.summary,
    sources: o.sources,
    certainty: o.certainty,
    uncertainties: fromApiUncertainties(o.uncertainties),
    verifiedAt: o.verifiedAt,
    status: 'PUBLISHED',
  };
  return upsertPublished(tx, facilitiesTablesOf(tx).organisations, row);
}

export const archiveOrganisation = (tx: Tx, id: string) => archiveRow(tx, facilitiesTablesOf(tx).organisations, id);

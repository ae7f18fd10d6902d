/** All SQL for organisations: published ones by id and in name order, publish and archive. */
import { archiveRow, type PublishedContent, upsertPublished } from '@edu-catalogus/kit/rows';
import { fromApiUncertainties, type OrganisationSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type FacilitiesDb, type OrganisationRow, organisations, type Tx } from './tables.ts';

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

/** Publishes an organisation's content into the public table (seeding goes through here too). */
export function writeOrganisation(tx: Tx, id: string, o: PublishedContent<OrganisationSeed>): void {
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
  upsertPublished(tx, organisations, row);
}

export const archiveOrganisation = (tx: Tx, id: string) => archiveRow(tx, organisations, id);

/**
 * Writes published content into the public tables of the facilities subgraph. Seeding and
 * publishing a curated entry go through these same functions.
 */
import { eq, sql } from 'drizzle-orm';
import { fromApiUncertainties } from '@edu-catalogus/seeds';
import type { FacilityContent, OrganisationContent } from '../curation/content.ts';
import type { FacilitiesDb } from './facility-store.ts';
import { facilities, facilityLinks, organisations } from './schema.ts';

/** A write transaction (or the database) of the facilities subgraph. */
export type Tx = Pick<FacilitiesDb, 'insert' | 'update' | 'delete' | 'select'>;

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export function writeOrganisation(tx: Tx, id: string, o: OrganisationContent): void {
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
  tx.insert(organisations)
    .values(row)
    .onConflictDoUpdate({ target: organisations.id, set: { ...row, version: sql`${organisations.version} + 1`, updatedAt: now } })
    .run();
}

export function writeFacility(tx: Tx, id: string, f: FacilityContent): void {
  const row = {
    id,
    name: f.name,
    acronym: f.acronym ?? null,
    kind: f.kind,
    lifecycle: f.status,
    operatorId: f.operator,
    homepage: f.homepage ?? null,
    summary: f.summary,
    description: f.description ?? null,
    howToConnect: f.howToConnect ?? null,
    sources: f.sources,
    certainty: f.certainty,
    uncertainties: fromApiUncertainties(f.uncertainties),
    verifiedAt: f.verifiedAt,
    status: 'PUBLISHED',
  };
  tx.insert(facilities)
    .values(row)
    .onConflictDoUpdate({ target: facilities.id, set: { ...row, version: sql`${facilities.version} + 1`, updatedAt: now } })
    .run();
  tx.delete(facilityLinks).where(eq(facilityLinks.facilityId, id)).run();
  const links = { sector: f.sectors, partner: f.partners, dependsOn: f.dependsOn, standard: f.standards };
  for (const [dimension, values] of Object.entries(links)) {
    for (const [position, value] of values.entries()) tx.insert(facilityLinks).values({ facilityId: id, dimension, value, position }).run();
  }
}

/** Archived entries stay (history, links) but no longer reach anonymous readers. */
export function archiveRow(tx: Tx, table: typeof facilities | typeof organisations, id: string): void {
  tx.update(table).set({ status: 'ARCHIVED', updatedAt: now }).where(eq(table.id, id)).run();
}

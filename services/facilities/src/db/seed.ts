/** Writes the seed catalogue's organisations and facilities; idempotent (upsert by id). */
import { inArray, sql } from 'drizzle-orm';
import type { Catalogue } from '@edu-catalogus/seeds';
import type { FacilitiesDb } from './facility-store.ts';
import { facilities, facilityLinks, organisations } from './schema.ts';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export function seedFacilitiesDb(db: FacilitiesDb, catalogue: Catalogue): { organisations: number; facilities: number } {
  db.transaction(
    (tx) => {
      for (const o of catalogue.organisations) {
        const row = {
          id: o.id,
          name: o.name,
          shortName: o.shortName ?? null,
          kind: o.kind,
          homepage: o.homepage,
          country: o.country ?? null,
          summary: o.summary,
          sources: o.sources,
          certainty: o.certainty,
          uncertainties: o.uncertainties,
        };
        tx.insert(organisations).values(row).onConflictDoUpdate({ target: organisations.id, set: { ...row, updatedAt: now } }).run();
      }
      for (const f of catalogue.facilities) {
        const row = {
          id: f.id,
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
          uncertainties: f.uncertainties,
        };
        tx.insert(facilities).values(row).onConflictDoUpdate({ target: facilities.id, set: { ...row, updatedAt: now } }).run();
      }
      const ids = catalogue.facilities.map((f) => f.id);
      if (ids.length > 0) tx.delete(facilityLinks).where(inArray(facilityLinks.facilityId, ids)).run();
      for (const f of catalogue.facilities) {
        const links = { sector: f.sectors, partner: f.partners, dependsOn: f.dependsOn, standard: f.standards };
        for (const [dimension, values] of Object.entries(links)) {
          for (const [position, value] of values.entries()) tx.insert(facilityLinks).values({ facilityId: f.id, dimension, value, position }).run();
        }
      }
    },
    { behavior: 'immediate' },
  );
  return { organisations: catalogue.organisations.length, facilities: catalogue.facilities.length };
}

export function isFacilitiesDbEmpty(db: FacilitiesDb): boolean {
  return db.select({ id: organisations.id }).from(organisations).limit(1).all().length === 0;
}

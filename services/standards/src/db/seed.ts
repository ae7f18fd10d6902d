/** Writes the seed catalogue's standards with their versions and sectors; idempotent (upsert by id). */
import { inArray, sql } from 'drizzle-orm';
import type { Catalogue } from '@edu-catalogus/seeds';
import { standards, standardSectors, standardVersions } from './schema.ts';
import type { StandardsDb } from './standard-store.ts';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export function seedStandardsDb(db: StandardsDb, catalogue: Catalogue): { standards: number } {
  db.transaction(
    (tx) => {
      for (const s of catalogue.standards) {
        const row = {
          id: s.id,
          name: s.name,
          acronym: s.acronym ?? null,
          maintainerId: s.maintainer,
          domain: s.domain,
          summary: s.summary,
          description: s.description ?? null,
          specificationUrl: s.specificationUrl ?? null,
          international: s.international,
          forumStatus: s.dutchStatus.forumStandaardisatie?.status ?? null,
          edustandaardAdvice: s.dutchStatus.edustandaard?.gebruiksadvies ?? null,
          dutchStatus: s.dutchStatus,
          sources: s.sources,
          certainty: s.certainty,
          uncertainties: s.uncertainties,
        };
        tx.insert(standards).values(row).onConflictDoUpdate({ target: standards.id, set: { ...row, updatedAt: now } }).run();
      }
      const ids = catalogue.standards.map((s) => s.id);
      if (ids.length > 0) {
        tx.delete(standardVersions).where(inArray(standardVersions.standardId, ids)).run();
        tx.delete(standardSectors).where(inArray(standardSectors.standardId, ids)).run();
      }
      for (const s of catalogue.standards) {
        for (const [position, v] of s.versions.entries()) {
          tx.insert(standardVersions).values({ standardId: s.id, version: v.version, lifecycle: v.status, date: v.date ?? null, position }).run();
        }
        for (const [position, sector] of s.sectors.entries()) tx.insert(standardSectors).values({ standardId: s.id, sector, position }).run();
      }
    },
    { behavior: 'immediate' },
  );
  return { standards: catalogue.standards.length };
}

export function isStandardsDbEmpty(db: StandardsDb): boolean {
  return db.select({ id: standards.id }).from(standards).limit(1).all().length === 0;
}

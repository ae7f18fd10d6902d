/**
 * Writes published content into the public tables of the standards subgraph. Seeding and
 * publishing a curated entry go through these same functions.
 */
import { eq, sql } from 'drizzle-orm';
import { fromApiUncertainties } from '@edu-catalogus/seeds';
import type { StandardContent } from '../curation/content.ts';
import { standards, standardSectors, standardVersions } from './schema.ts';
import type { StandardsDb } from './standard-store.ts';

/** A write transaction (or the database) of the standards subgraph. */
export type Tx = Pick<StandardsDb, 'insert' | 'update' | 'delete' | 'select'>;

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export function writeStandard(tx: Tx, id: string, s: StandardContent): void {
  const row = {
    id,
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
    uncertainties: fromApiUncertainties(s.uncertainties),
    verifiedAt: s.verifiedAt,
    status: 'PUBLISHED',
  };
  tx.insert(standards)
    .values(row)
    .onConflictDoUpdate({ target: standards.id, set: { ...row, version: sql`${standards.version} + 1`, updatedAt: now } })
    .run();
  tx.delete(standardVersions).where(eq(standardVersions.standardId, id)).run();
  tx.delete(standardSectors).where(eq(standardSectors.standardId, id)).run();
  for (const [position, v] of s.versions.entries()) {
    tx.insert(standardVersions)
      .values({ standardId: id, version: v.version, lifecycle: v.status, date: v.date ?? null, position })
      .run();
  }
  for (const [position, sector] of s.sectors.entries()) tx.insert(standardSectors).values({ standardId: id, sector, position }).run();
}

/** Archived standards stay (history, links) but no longer reach anonymous readers. */
export function archiveStandard(tx: Tx, id: string): void {
  tx.update(standards).set({ status: 'ARCHIVED', updatedAt: now }).where(eq(standards.id, id)).run();
}

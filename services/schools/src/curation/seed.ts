/**
 * Loads the seed catalogue's offerings and advice as published entries. Idempotent: entries curators
 * have since changed are left as they are.
 */
import { trustingPeers } from '@edu-catalogus/kit/runtime';
import { type Catalogue, toApiUncertainties } from '@edu-catalogus/seeds';
import { offerings, type SchoolsDb } from '../store/tables.ts';
import { createSchoolsCuration } from './adapters.ts';

export function seedSchoolsDb(db: SchoolsDb, catalogue: Catalogue): { offerings: number; advice: number; skipped: number } {
  const curation = createSchoolsCuration(db, trustingPeers);
  let skipped = 0;
  db.transaction(
    (tx) => {
      for (const { id, ...o } of catalogue.offerings)
        if (!curation.offering.seedPublished(tx, id, { ...o, uncertainties: toApiUncertainties(o.uncertainties) })) skipped++;
      for (const { id, ...a } of catalogue.advice)
        if (!curation.advice.seedPublished(tx, id, { ...a, uncertainties: toApiUncertainties(a.uncertainties) })) skipped++;
    },
    { behavior: 'immediate' },
  );
  return { offerings: catalogue.offerings.length, advice: catalogue.advice.length, skipped };
}

export function isSchoolsDbEmpty(db: SchoolsDb): boolean {
  return db.select({ id: offerings.id }).from(offerings).limit(1).all().length === 0;
}

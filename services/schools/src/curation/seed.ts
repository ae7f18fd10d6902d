/**
 * Loads the seed catalogue's offerings and advice as published entries. Idempotent: entries curators
 * have since changed are left as they are.
 */
import { withTransaction } from '@edu-catalogus/kit/data';
import { trustingPeers } from '@edu-catalogus/kit/runtime';
import { type Catalogue, toApiUncertainties } from '@edu-catalogus/seeds';
import { queryable, type SchoolsStoreDb, schoolsTablesOf } from '../store/dialect.ts';
import { createSchoolsCuration } from './adapters.ts';

export async function seedSchoolsDb(db: SchoolsStoreDb, catalogue: Catalogue): Promise<{ offerings: number; advice: number; skipped: number }> {
  const curation = createSchoolsCuration(db, trustingPeers);
  let skipped = 0;
  await withTransaction(db, async (tx) => {
    for (const { id, ...o } of catalogue.offerings)
      if (!(await curation.offering.seedPublished(tx, id, { ...o, uncertainties: toApiUncertainties(o.uncertainties) }))) skipped++;
    for (const { id, ...a } of catalogue.advice)
      if (!(await curation.advice.seedPublished(tx, id, { ...a, uncertainties: toApiUncertainties(a.uncertainties) }))) skipped++;
  });
  return { offerings: catalogue.offerings.length, advice: catalogue.advice.length, skipped };
}

export async function isSchoolsDbEmpty(db: SchoolsStoreDb): Promise<boolean> {
  const { offerings } = schoolsTablesOf(db);
  return (await queryable(db).select({ id: offerings.id }).from(offerings).limit(1)).length === 0;
}

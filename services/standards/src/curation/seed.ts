/**
 * Loads the seed catalogue's standards as published entries. Idempotent: entries curators have
 * since changed are left as they are.
 */
import { withTransaction } from '@edu-catalogus/kit/data';
import { trustingPeers } from '@edu-catalogus/kit/runtime';
import { toApiUncertainties, type Catalogue } from '@edu-catalogus/seeds';
import { createStandardsCuration } from './adapters.ts';
import { queryable, type StandardsStoreDb, standardsTablesOf } from '../store/dialect.ts';

export async function seedStandardsDb(db: StandardsStoreDb, catalogue: Catalogue): Promise<{ standards: number; skipped: number }> {
  const curation = createStandardsCuration(db, trustingPeers);
  let skipped = 0;
  await withTransaction(db, async (tx) => {
    for (const { id, ...s } of catalogue.standards)
      if (!(await curation.standard.seedPublished(tx, id, { ...s, uncertainties: toApiUncertainties(s.uncertainties) }))) skipped++;
  });
  return { standards: catalogue.standards.length, skipped };
}

export async function isStandardsDbEmpty(db: StandardsStoreDb): Promise<boolean> {
  const { standards } = standardsTablesOf(db);
  return (await queryable(db).select({ id: standards.id }).from(standards).limit(1)).length === 0;
}

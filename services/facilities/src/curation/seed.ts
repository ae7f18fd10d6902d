/**
 * Loads the seed catalogue's organisations and facilities as published entries. Idempotent:
 * entries curators have since changed are left as they are.
 */
import { withTransaction } from '@edu-catalogus/kit/data';
import { trustingPeers } from '@edu-catalogus/kit/runtime';
import { toApiUncertainties, type Catalogue } from '@edu-catalogus/seeds';
import { type FacilitiesStoreDb, facilitiesTablesOf, queryable } from '../store/dialect.ts';
import { createFacilitiesCuration } from './adapters.ts';

export async function seedFacilitiesDb(db: FacilitiesStoreDb, catalogue: Catalogue): Promise<{ organisations: number; facilities: number; skipped: number }> {
  const curation = createFacilitiesCuration(db, trustingPeers);
  let skipped = 0;
  await withTransaction(db, async (tx) => {
    for (const { id, ...o } of catalogue.organisations)
      if (!(await curation.organisation.seedPublished(tx, id, { ...o, uncertainties: toApiUncertainties(o.uncertainties) }))) skipped++;
    for (const { id, ...f } of catalogue.facilities)
      if (!(await curation.facility.seedPublished(tx, id, { ...f, uncertainties: toApiUncertainties(f.uncertainties) }))) skipped++;
  });
  return { organisations: catalogue.organisations.length, facilities: catalogue.facilities.length, skipped };
}

export async function isFacilitiesDbEmpty(db: FacilitiesStoreDb): Promise<boolean> {
  const { organisations } = facilitiesTablesOf(db);
  return (await queryable(db).select({ id: organisations.id }).from(organisations).limit(1)).length === 0;
}

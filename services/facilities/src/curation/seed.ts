/**
 * Loads the seed catalogue's organisations and facilities as published entries. Idempotent:
 * entries curators have since changed are left as they are.
 */
import { trustingPeers } from '@edu-catalogus/kit/runtime';
import { toApiUncertainties, type Catalogue } from '@edu-catalogus/seeds';
import { type FacilitiesDb, organisations } from '../store/tables.ts';
import { createFacilitiesCuration } from './adapters.ts';

export function seedFacilitiesDb(db: FacilitiesDb, catalogue: Catalogue): { organisations: number; facilities: number; skipped: number } {
  const curation = createFacilitiesCuration(db, trustingPeers);
  let skipped = 0;
  db.transaction(
    (tx) => {
      for (const { id, ...o } of catalogue.organisations)
        if (!curation.organisation.seedPublished(tx, id, { ...o, uncertainties: toApiUncertainties(o.uncertainties) })) skipped++;
      for (const { id, ...f } of catalogue.facilities)
        if (!curation.facility.seedPublished(tx, id, { ...f, uncertainties: toApiUncertainties(f.uncertainties) })) skipped++;
    },
    { behavior: 'immediate' },
  );
  return { organisations: catalogue.organisations.length, facilities: catalogue.facilities.length, skipped };
}

export function isFacilitiesDbEmpty(db: FacilitiesDb): boolean {
  return db.select({ id: organisations.id }).from(organisations).limit(1).all().length === 0;
}

/**
 * Loads the seed catalogue's standards as published entries. Idempotent: entries curators have
 * since changed are left as they are.
 */
import { trustingPeers } from '@edu-catalogus/kit/runtime';
import { toApiUncertainties, type Catalogue } from '@edu-catalogus/seeds';
import { createStandardsCuration } from './adapters.ts';
import { standards } from '../store/tables.ts';
import type { StandardsDb } from '../store/standard-store.ts';

export function seedStandardsDb(db: StandardsDb, catalogue: Catalogue): { standards: number; skipped: number } {
  const curation = createStandardsCuration(db, trustingPeers);
  let skipped = 0;
  db.transaction(
    (tx) => {
      for (const { id, ...s } of catalogue.standards)
        if (!curation.standard.seedPublished(tx, id, { ...s, uncertainties: toApiUncertainties(s.uncertainties) })) skipped++;
    },
    { behavior: 'immediate' },
  );
  return { standards: catalogue.standards.length, skipped };
}

export function isStandardsDbEmpty(db: StandardsDb): boolean {
  return db.select({ id: standards.id }).from(standards).limit(1).all().length === 0;
}

/**
 * What curators write for standards: the seed format without `id`; and the curation workflow of standards, wired
 * to its writes.
 */
import type { Peers } from '@edu-catalogus/kit/runtime';
import { restoreRow } from '@edu-catalogus/kit/rows';
import { createCuration, createReferenceChecks, remoteOrganisations, type EntityAdapter } from '@edu-catalogus/kit/curation';
import { type StandardsStoreDb, standardsTablesOf } from '../store/dialect.ts';
import { archiveStandard, writeStandard } from '../store/standard-store.ts';
import type { Tx } from '../store/tables.ts';
import { apiUncertaintiesBilingual, standardSeed } from '@edu-catalogus/seeds';
import type { z } from 'zod';

export const standardContent = standardSeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesBilingual });
export const standardDraft = standardContent.partial().required({ name: true, summary: true });
export type StandardContent = z.output<typeof standardContent>;

/** The workflow engine is schema-agnostic; its transactions are this subgraph's (on either store). */
const w = (tx: unknown) => tx as Tx;

export function createStandardsCuration(db: StandardsStoreDb, peers: Peers) {
  const { standards } = standardsTablesOf(db);
  const references = createReferenceChecks(db, peers);
  // Curators' organisations are the facilities subgraph's: asked there, cached briefly.
  const options = { organisations: remoteOrganisations(peers) };
  const curated = <D extends Record<string, unknown>>(adapter: EntityAdapter<D>) => createCuration(db, adapter, options);
  return {
    standard: curated({
      type: 'Standard',
      table: standards,
      draftSchema: standardDraft,
      publishSchema: standardContent,
      checkReferences: async (draft) => {
        // The maintainer is an Organisation, owned by the facilities subgraph.
        await references.remote('facilities', 'Organisation', 'input.maintainer', draft.maintainer ? [draft.maintainer] : []);
      },
      publish: (tx, id, c) => writeStandard(w(tx), id, standardContent.parse(c)),
      archive: (tx, id) => archiveStandard(w(tx), id),
      restore: (tx, id) => restoreRow(w(tx), standards, id),
    }),
  };
}
export type StandardsCuration = ReturnType<typeof createStandardsCuration>;

/** The curation workflow of standards, wired to its writes. */
import type { Peers } from '@edu-catalogus/kit/runtime';
import { createCuration, createReferenceChecks, remoteOrganisations, type EntityAdapter } from '@edu-catalogus/kit/curation';
import { archiveStandard, writeStandard } from '../store/standard-store.ts';
import { standards, type StandardsDb, type Tx } from '../store/tables.ts';
import * as content from './content.ts';

/** The workflow engine is schema-agnostic; its transactions are this subgraph's. */
const w = (tx: unknown) => tx as Tx;

export function createStandardsCuration(db: StandardsDb, peers: Peers) {
  const references = createReferenceChecks(db, peers);
  // Curators' organisations are the facilities subgraph's: asked there, cached briefly.
  const options = { organisations: remoteOrganisations(peers) };
  const curated = <D extends Record<string, unknown>>(adapter: EntityAdapter<D>) => createCuration(db, adapter, options);
  return {
    standard: curated({
      type: 'Standard',
      table: standards,
      draftSchema: content.standardDraft,
      publishSchema: content.standardContent,
      checkReferences: async (draft) => {
        // The maintainer is an Organisation, owned by the facilities subgraph.
        await references.remote('facilities', 'Organisation', 'input.maintainer', draft.maintainer ? [draft.maintainer] : []);
      },
      publish: (tx, id, c) => writeStandard(w(tx), id, content.standardContent.parse(c)),
      archive: (tx, id) => archiveStandard(w(tx), id),
    }),
  };
}
export type StandardsCuration = ReturnType<typeof createStandardsCuration>;

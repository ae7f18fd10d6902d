/** The curation workflow of offerings and advice, wired to their writes; references are checked with their owners. */
import { InputError, type Peers } from '@edu-catalogus/kit/runtime';
import { createCuration, createReferenceChecks, type EntityAdapter, remoteOrganisations } from '@edu-catalogus/kit/curation';
import { adviceId } from '@edu-catalogus/seeds';
import { archiveAdvice, writeAdvice } from '../store/advice-store.ts';
import { archiveOffering, writeOffering } from '../store/offering-store.ts';
import type { SchoolsDb, Tx } from '../store/tables.ts';
import * as content from './content.ts';

/** The workflow engine is schema-agnostic; its transactions are this subgraph's. */
const w = (tx: unknown) => tx as Tx;

export function createSchoolsCuration(db: SchoolsDb, peers: Peers) {
  const references = createReferenceChecks(db, peers);
  // Curators' organisations are the facilities subgraph's: asked there, cached briefly.
  const options = { organisations: remoteOrganisations(peers) };
  const curated = <D extends Record<string, unknown>>(adapter: EntityAdapter<D>) => createCuration(db, adapter, options);
  return {
    offering: curated({
      type: 'Offering',
      draftSchema: content.offeringDraft,
      publishSchema: content.offeringContent,
      checkReferences: async (draft) => {
        await references.remote('tools', 'Tool', 'input.tool', [draft.tool]);
        await references.remote('facilities', 'Organisation', 'input.provider', [draft.provider]);
      },
      publish: (tx, id, c) => writeOffering(w(tx), id, content.offeringContent.parse(c)),
      archive: (tx, id) => archiveOffering(w(tx), id),
    }),
    advice: curated({
      type: 'Advice',
      draftSchema: content.adviceDraft,
      publishSchema: content.adviceContent,
      checkReferences: async (draft) => {
        await references.remote('tools', 'Product', 'input.product', [draft.product]);
        await references.remote('tools', 'Tool', 'input.recommend', draft.recommend);
        await references.remote('tools', 'Tool', 'input.alsoConsider', draft.alsoConsider);
      },
      // The id is the pair: an edit cannot move advice to another product or sector.
      checkId: (id, draft) => {
        if (id === adviceId(draft.product, draft.sector)) return;
        const field = id.startsWith(`${draft.product}--`) ? 'input.sector' : 'input.product';
        throw new InputError(field, `${field}: advice "${id}" is not for ${draft.product} in ${draft.sector}`);
      },
      publish: (tx, id, c) => writeAdvice(w(tx), id, content.adviceContent.parse(c)),
      archive: (tx, id) => archiveAdvice(w(tx), id),
    }),
  };
}
export type SchoolsCuration = ReturnType<typeof createSchoolsCuration>;

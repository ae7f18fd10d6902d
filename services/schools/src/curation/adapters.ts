/**
 * What curators write for offerings and advice: the seed format without `id`, uncertainties in the API's shape;
 * and the curation workflow of offerings and advice, wired to their writes; references are checked with their
 * owners.
 */
import { InputError, type Peers } from '@edu-catalogus/kit/runtime';
import { createCuration, createReferenceChecks, type EntityAdapter, remoteOrganisations } from '@edu-catalogus/kit/curation';
import { adviceId, adviceSeed, apiUncertaintiesOfTool, offeringSeed } from '@edu-catalogus/seeds';
import { archiveAdvice, writeAdvice } from '../store/advice-store.ts';
import { archiveOffering, writeOffering } from '../store/offering-store.ts';
import type { SchoolsStoreDb } from '../store/dialect.ts';
import type { Tx } from '../store/tables.ts';
import type { z } from 'zod';

export const offeringContent = offeringSeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesOfTool });
export const offeringDraft = offeringContent.partial().required({ tool: true, provider: true });
export type OfferingContent = z.output<typeof offeringContent>;

export const adviceContent = adviceSeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesOfTool });
export const adviceDraft = adviceContent.partial().required({ product: true, sector: true });
export type AdviceContent = z.output<typeof adviceContent>;

/** The workflow engine is schema-agnostic; its transactions are this subgraph's. */
const w = (tx: unknown) => tx as Tx;

export function createSchoolsCuration(db: SchoolsStoreDb, peers: Peers) {
  const references = createReferenceChecks(db, peers);
  // Curators' organisations are the facilities subgraph's: asked there, cached briefly.
  const options = { organisations: remoteOrganisations(peers) };
  const curated = <D extends Record<string, unknown>>(adapter: EntityAdapter<D>) => createCuration(db, adapter, options);
  return {
    offering: curated({
      type: 'Offering',
      draftSchema: offeringDraft,
      publishSchema: offeringContent,
      checkReferences: async (draft) => {
        await references.remote('tools', 'Tool', 'input.tool', [draft.tool]);
        await references.remote('facilities', 'Organisation', 'input.provider', [draft.provider]);
      },
      publish: (tx, id, c) => writeOffering(w(tx), id, offeringContent.parse(c)),
      archive: (tx, id) => archiveOffering(w(tx), id),
    }),
    advice: curated({
      type: 'Advice',
      draftSchema: adviceDraft,
      publishSchema: adviceContent,
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
      publish: (tx, id, c) => writeAdvice(w(tx), id, adviceContent.parse(c)),
      archive: (tx, id) => archiveAdvice(w(tx), id),
    }),
  };
}
export type SchoolsCuration = ReturnType<typeof createSchoolsCuration>;

/** The curation workflows of the tools subgraph's four entity types, wired to their writes. */
import type { Peers } from '@edu-catalogus/kit';
import { createCuration, createReferenceChecks, remoteOrganisations, type EntityAdapter } from '@edu-catalogus/kit/curation';
import { categories, products, tools } from '../db/schema.ts';
import type { ToolsDb } from '../db/tool-store.ts';
import { archiveRow, removeAlternative, writeAlternative, writeCategory, writeProduct, writeTool, type Tx } from '../db/writes.ts';
import * as content from './content.ts';

/** The workflow engine is schema-agnostic; its transactions are this subgraph's. */
const w = (tx: unknown) => tx as Tx;

export function createToolsCuration(db: ToolsDb, peers: Peers) {
  const references = createReferenceChecks(db, peers);
  // Curators' organisations are the facilities subgraph's: asked there, cached briefly.
  const options = { organisations: remoteOrganisations(peers) };
  const curated = <D extends Record<string, unknown>>(adapter: EntityAdapter<D>) => createCuration(db, adapter, options);

  return {
    tool: curated({
      type: 'Tool',
      table: tools,
      draftSchema: content.toolDraft,
      publishSchema: content.toolContent,
      checkReferences: async (draft) => {
        references.local(categories, 'input.categories', 'category', draft.categories);
        await references.remote('standards', 'Standard', 'input.standards', draft.standards);
        await references.remote('facilities', 'Facility', 'input.facilities', draft.facilities);
      },
      publish: (tx, id, c) => writeTool(w(tx), id, content.toolContent.parse(c)),
      archive: (tx, id) => archiveRow(w(tx), tools, id),
    }),
    product: curated({
      type: 'Product',
      table: products,
      draftSchema: content.productDraft,
      publishSchema: content.productContent,
      checkReferences: async (draft) => references.local(categories, 'input.category', 'category', draft.category ? [draft.category] : []),
      publish: (tx, id, c) => writeProduct(w(tx), id, content.productContent.parse(c)),
      archive: (tx, id) => archiveRow(w(tx), products, id),
    }),
    category: curated({
      type: 'Category',
      table: categories,
      draftSchema: content.categoryDraft,
      publishSchema: content.categoryContent,
      checkReferences: async () => {},
      publish: (tx, id, c) => writeCategory(w(tx), id, content.categoryContent.parse(c)),
      archive: (tx, id) => archiveRow(w(tx), categories, id),
    }),
    alternative: curated({
      type: 'Alternative',
      draftSchema: content.alternativeDraft,
      publishSchema: content.alternativeContent,
      checkReferences: async (draft) => {
        references.local(tools, 'input.tool', 'tool', [draft.tool]);
        references.local(products, 'input.product', 'product', [draft.product]);
      },
      checkId: content.checkAlternativeId,
      publish: (tx, id, c) => {
        const alternative = content.alternativeContent.parse(c);
        content.checkAlternativeId(id, alternative);
        writeAlternative(w(tx), alternative);
      },
      archive: (tx, id) => {
        const key = content.parseAlternativeId(id);
        if (key) removeAlternative(w(tx), key.tool, key.product);
      },
    }),
  };
}
export type ToolsCuration = ReturnType<typeof createToolsCuration>;

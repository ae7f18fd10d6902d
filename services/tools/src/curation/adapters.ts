/** The curation workflows of the tools subgraph's four entity types, wired to the stores' writes. */
import type { Peers } from '@edu-catalogus/kit/runtime';
import { createCuration, createReferenceChecks, remoteOrganisations, type EntityAdapter } from '@edu-catalogus/kit/curation';
import { removeAlternative, writeAlternative } from '../store/alternative-store.ts';
import { archiveCategory, writeCategory } from '../store/category-store.ts';
import { archiveProduct, writeProduct } from '../store/product-store.ts';
import { categories, products, tools, type ToolsDb } from '../store/tables.ts';
import { archiveTool, writeTool } from '../store/tool-store.ts';
import * as content from './content.ts';

/**
 * The engine runs `publish` and `archive` inside its transaction on `db`'s one connection, so the
 * stores write through `db` and their writes are part of that transaction.
 */
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
      publish: (_tx, id, c) => writeTool(db, id, content.toolContent.parse(c)),
      archive: (_tx, id) => archiveTool(db, id),
    }),
    product: curated({
      type: 'Product',
      table: products,
      draftSchema: content.productDraft,
      publishSchema: content.productContent,
      checkReferences: async (draft) => references.local(categories, 'input.category', 'category', draft.category ? [draft.category] : []),
      publish: (_tx, id, c) => writeProduct(db, id, content.productContent.parse(c)),
      archive: (_tx, id) => archiveProduct(db, id),
    }),
    category: curated({
      type: 'Category',
      table: categories,
      draftSchema: content.categoryDraft,
      publishSchema: content.categoryContent,
      checkReferences: async () => {},
      publish: (_tx, id, c) => writeCategory(db, id, content.categoryContent.parse(c)),
      archive: (_tx, id) => archiveCategory(db, id),
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
      publish: (_tx, id, c) => {
        const alternative = content.alternativeContent.parse(c);
        content.checkAlternativeId(id, alternative);
        writeAlternative(db, alternative);
      },
      archive: (_tx, id) => {
        const key = content.parseAlternativeId(id);
        if (key) removeAlternative(db, key.tool, key.product);
      },
    }),
  };
}
export type ToolsCuration = ReturnType<typeof createToolsCuration>;

/**
 * What curators write for each entity of the tools subgraph (the seed format without `id`, and for tools without
 * `replaces`, which are Alternative entries of their own; a draft may be incomplete, submitting and publishing need
 * the complete form) and the curation workflows of its four entity types, wired to the stores' writes.
 */
import { InputError, type Peers } from '@edu-catalogus/kit/runtime';
import { createCuration, createReferenceChecks, remoteOrganisations, type EntityAdapter } from '@edu-catalogus/kit/curation';
import { removeAlternative, writeAlternative } from '../store/alternative-store.ts';
import { archiveCategory, writeCategory } from '../store/category-store.ts';
import { archiveProduct, writeProduct } from '../store/product-store.ts';
import { restoreRowOf, tablesOf, type ToolsStoreDb } from '../store/dialect.ts';
import { archiveTool, writeTool } from '../store/tool-store.ts';
import {
  alternativeSeed,
  apiUncertaintiesBilingual,
  apiUncertaintiesOfTool,
  categorySeed,
  discontinuation,
  productSeed,
  SLUG,
  toApiUncertainties,
  toolSeed,
  type ProductSeed,
} from '@edu-catalogus/seeds';
import { z } from 'zod';

export const toolContent = toolSeed.omit({ id: true, replaces: true }).extend({ uncertainties: apiUncertaintiesOfTool });
export const toolDraft = toolContent.partial().required({ name: true, summary: true, homepage: true, license: true });
export type ToolContent = z.output<typeof toolContent>;

/**
 * Curation content is in the API's shape: uncertainties carry `text` (see seeds' api-shape.ts), and
 * a product's end is flat in the API (`discontinued`, `discontinuedOn`, `discontinuedSource`,
 * `discontinuedNote`, as ProductInput has it), where the seed format nests it under `discontinued`.
 */
export const productContent = productSeed.omit({ id: true }).extend({
  discontinued: z.boolean().default(false),
  discontinuedOn: discontinuation.shape.date.optional(),
  discontinuedSource: discontinuation.shape.source.optional(),
  discontinuedNote: discontinuation.shape.note,
  uncertainties: apiUncertaintiesBilingual,
});
export const productDraft = productContent.partial().required({ name: true, vendor: true });
export type ProductContent = z.output<typeof productContent>;

/** A product seed as curation content. */
export function productContentOf({ id: _id, discontinued, uncertainties, ...rest }: ProductSeed): ProductContent {
  const content = { ...rest, uncertainties: toApiUncertainties(uncertainties) };
  if (typeof discontinued === 'boolean') return { ...content, discontinued };
  return { ...content, discontinued: true, discontinuedOn: discontinued.date, discontinuedSource: discontinued.source, discontinuedNote: discontinued.note };
}

export const categoryContent = categorySeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesBilingual });
export const categoryDraft = categoryContent.partial().required({ name: true });
export type CategoryContent = z.output<typeof categoryContent>;

export const alternativeContent = alternativeSeed;
export const alternativeDraft = alternativeSeed;
export type AlternativeContent = z.output<typeof alternativeContent>;

/** Alternatives are keyed by their tool and product: `nextcloud--microsoft-onedrive`. */
export const alternativeId = (a: { tool: string; product: string }) => `${a.tool}--${a.product}`;
export function parseAlternativeId(id: string): { tool: string; product: string } | null {
  const [tool, product, ...rest] = id.split('--');
  return tool && product && rest.length === 0 && SLUG.test(tool) && SLUG.test(product) ? { tool, product } : null;
}

/** An alternative's content must name the pair of its id: an update or publish never touches another pair. */
export function checkAlternativeId(id: string, a: { tool: string; product: string }): void {
  const key = parseAlternativeId(id);
  if (!key) throw new InputError('id', `id: "${id}" is not an alternative id like "nextcloud--microsoft-onedrive"`);
  if (a.tool !== key.tool) throw new InputError('input.tool', `input.tool: "${a.tool}" is not the tool of alternative "${id}" (${key.tool})`);
  if (a.product !== key.product)
    throw new InputError('input.product', `input.product: "${a.product}" is not the product of alternative "${id}" (${key.product})`);
}

/**
 * The engine runs `publish`, `archive` and `restore` inside its transaction, so the stores write through
 * its `tx` (on SQLite the connection itself; on PostgreSQL the transaction's client) and their writes,
 * search documents included, commit or roll back with the step.
 */
export function createToolsCuration(db: ToolsStoreDb, peers: Peers) {
  const { categories, products, tools } = tablesOf(db);
  const references = createReferenceChecks(db, peers);
  // Curators' organisations are the facilities subgraph's: asked there, cached briefly.
  const options = { organisations: remoteOrganisations(peers) };
  const curated = <D extends Record<string, unknown>>(adapter: EntityAdapter<D>) => createCuration(db, adapter, options);

  return {
    tool: curated({
      type: 'Tool',
      table: tools,
      draftSchema: toolDraft,
      publishSchema: toolContent,
      checkReferences: async (draft) => {
        await references.local(categories, 'input.categories', 'category', draft.categories);
        await references.remote('standards', 'Standard', 'input.standards', draft.standards);
        await references.remote('facilities', 'Facility', 'input.facilities', draft.facilities);
      },
      publish: (tx, id, c) => writeTool(tx, id, toolContent.parse(c)),
      archive: (tx, id) => archiveTool(tx, id),
      restore: (tx, id) => restoreRowOf(tx, (t) => t.tools, id),
    }),
    product: curated({
      type: 'Product',
      table: products,
      draftSchema: productDraft,
      publishSchema: productContent,
      checkReferences: (draft) => references.local(categories, 'input.category', 'category', draft.category ? [draft.category] : []),
      publish: (tx, id, c) => writeProduct(tx, id, productContent.parse(c)),
      archive: (tx, id) => archiveProduct(tx, id),
      restore: (tx, id) => restoreRowOf(tx, (t) => t.products, id),
    }),
    category: curated({
      type: 'Category',
      table: categories,
      draftSchema: categoryDraft,
      publishSchema: categoryContent,
      checkReferences: async () => {},
      publish: (tx, id, c) => writeCategory(tx, id, categoryContent.parse(c)),
      archive: (tx, id) => archiveCategory(tx, id),
      restore: (tx, id) => restoreRowOf(tx, (t) => t.categories, id),
    }),
    alternative: curated({
      type: 'Alternative',
      draftSchema: alternativeDraft,
      publishSchema: alternativeContent,
      checkReferences: async (draft) => {
        await references.local(tools, 'input.tool', 'tool', [draft.tool]);
        await references.local(products, 'input.product', 'product', [draft.product]);
      },
      checkId: checkAlternativeId,
      publish: async (tx, id, c) => {
        const alternative = alternativeContent.parse(c);
        checkAlternativeId(id, alternative);
        await writeAlternative(tx, alternative);
      },
      archive: async (tx, id) => {
        const key = parseAlternativeId(id);
        if (key) await removeAlternative(tx, key.tool, key.product);
      },
    }),
  };
}
export type ToolsCuration = ReturnType<typeof createToolsCuration>;

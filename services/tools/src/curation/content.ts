/**
 * What curators write for each entity of the tools subgraph: the seed format without `id` (and,
 * for tools, without `replaces`, which are Alternative entries of their own). A draft may be
 * incomplete; submitting and publishing need the complete form.
 */
import { alternativeSeed, categorySeed, discontinuation, productSeed, toolSeed, type ProductSeed } from '@edu-catalogus/seeds';
import { z } from 'zod';

export const toolContent = toolSeed.omit({ id: true, replaces: true });
export const toolDraft = toolContent.partial().required({ name: true, summary: true, homepage: true, license: true });
export type ToolContent = z.output<typeof toolContent>;

/**
 * A product's end is flat in the API (`discontinued`, `discontinuedOn`, `discontinuedSource`,
 * `discontinuedNote`, as ProductInput has it), where the seed format nests it under `discontinued`.
 */
export const productContent = productSeed.omit({ id: true }).extend({
  discontinued: z.boolean().default(false),
  discontinuedOn: discontinuation.shape.date.optional(),
  discontinuedSource: discontinuation.shape.source.optional(),
  discontinuedNote: discontinuation.shape.note,
});
export const productDraft = productContent.partial().required({ name: true, vendor: true });
export type ProductContent = z.output<typeof productContent>;

/** A product seed as curation content. */
export function productContentOf({ id: _id, discontinued, ...rest }: ProductSeed): ProductContent {
  if (typeof discontinued === 'boolean') return { ...rest, discontinued };
  return { ...rest, discontinued: true, discontinuedOn: discontinued.date, discontinuedSource: discontinued.source, discontinuedNote: discontinued.note };
}

export const categoryContent = categorySeed.omit({ id: true });
export const categoryDraft = categoryContent.partial().required({ name: true });
export type CategoryContent = z.output<typeof categoryContent>;

export const alternativeContent = alternativeSeed;
export const alternativeDraft = alternativeSeed;
export type AlternativeContent = z.output<typeof alternativeContent>;

/** Alternatives are keyed by their tool and product: `nextcloud--microsoft-onedrive`. */
export const alternativeId = (a: { tool: string; product: string }) => `${a.tool}--${a.product}`;
export function parseAlternativeId(id: string): { tool: string; product: string } | null {
  const [tool, product, ...rest] = id.split('--');
  return tool && product && rest.length === 0 ? { tool, product } : null;
}

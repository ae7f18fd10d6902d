/**
 * What curators write for each entity of the tools subgraph: the seed format without `id` (and,
 * for tools, without `replaces`, which are Alternative entries of their own). A draft may be
 * incomplete; submitting and publishing need the complete form.
 */
import { alternativeSeed, categorySeed, productSeed, toolSeed } from '@edu-catalogus/seeds';
import type { z } from 'zod';

export const toolContent = toolSeed.omit({ id: true, replaces: true });
export const toolDraft = toolContent.partial().required({ name: true, summary: true, homepage: true, license: true });
export type ToolContent = z.output<typeof toolContent>;

export const productContent = productSeed.omit({ id: true });
export const productDraft = productContent.partial().required({ name: true, vendor: true });
export type ProductContent = z.output<typeof productContent>;

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

/**
 * Writes published content into the public tables of the tools subgraph. Seeding and publishing a
 * curated entry go through these same functions, so the two can never disagree.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import { normalizeText } from '@edu-catalogus/kit';
import { analyseLicense, fromApiUncertainties } from '@edu-catalogus/seeds';
import type { AlternativeContent, CategoryContent, ProductContent, ToolContent } from '../curation/content.ts';
import type { ToolsWriter } from '../search/documents.ts';
import { reindexTools, toolsShowing } from '../search/reindex.ts';
import { facetRowsOf } from './facets.ts';
import { alternatives, categories, productNames, products, toolFacets, tools } from './schema.ts';

/** A write transaction (or the database) of the tools subgraph. */
export type Tx = ToolsWriter;

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const provenanceOf = (c: Pick<ToolContent, 'sources' | 'certainty' | 'uncertainties' | 'verifiedAt'>) => ({
  sources: c.sources,
  certainty: c.certainty,
  uncertainties: fromApiUncertainties(c.uncertainties),
  verifiedAt: c.verifiedAt ?? null,
});

export function writeCategory(tx: Tx, id: string, c: CategoryContent): void {
  const row = { id, nameNl: c.name.nl, nameEn: c.name.en, publiccode: c.publiccode ?? null, status: 'PUBLISHED', ...provenanceOf(c) };
  tx.insert(categories)
    .values(row)
    .onConflictDoUpdate({ target: categories.id, set: { ...row, version: sql`${categories.version} + 1`, updatedAt: now } })
    .run();
  reindexTools(tx, toolsShowing(tx, { categories: [id] }));
}

export function writeProduct(tx: Tx, id: string, p: ProductContent): void {
  const row = {
    id,
    name: p.name,
    vendor: p.vendor,
    vendorCountry: p.vendorCountry,
    categoryId: p.category,
    homepage: p.homepage,
    summary: p.summary,
    discontinued: p.discontinued,
    discontinuedOn: p.discontinuedOn ?? null,
    discontinuedSource: p.discontinuedSource ?? null,
    discontinuedNote: p.discontinuedNote ?? null,
    status: 'PUBLISHED',
    ...provenanceOf(p),
  };
  tx.insert(products)
    .values(row)
    .onConflictDoUpdate({ target: products.id, set: { ...row, version: sql`${products.version} + 1`, updatedAt: now } })
    .run();
  tx.delete(productNames).where(eq(productNames.productId, id)).run();
  const names = new Map<string, { name: string; isAlias: boolean }>();
  for (const [i, name] of [p.name, ...p.aliases].entries()) {
    const normalized = normalizeText(name);
    if (!names.has(normalized)) names.set(normalized, { name, isAlias: i > 0 });
  }
  for (const [normalized, { name, isAlias }] of names) tx.insert(productNames).values({ productId: id, name, normalized, isAlias }).run();
  reindexTools(tx, toolsShowing(tx, { products: [id] }));
}

export function writeTool(tx: Tx, id: string, t: ToolContent): void {
  const row = {
    id,
    name: t.name,
    summary: t.summary,
    description: t.description ?? null,
    homepage: t.homepage,
    repository: t.repository ?? null,
    licenseExpression: t.license.expression,
    licenseOsiApproved: t.license.osiApproved ?? analyseLicense(t.license.expression).osiApproved,
    license: t.license,
    developmentStatus: t.developmentStatus,
    maintenance: t.maintenance ?? null,
    features: t.features ?? null,
    privacy: t.privacy ?? null,
    accessibility: t.accessibility ?? null,
    status: 'PUBLISHED',
    ...provenanceOf(t),
  };
  tx.insert(tools)
    .values(row)
    .onConflictDoUpdate({ target: tools.id, set: { ...row, version: sql`${tools.version} + 1`, updatedAt: now } })
    .run();
  // `replaces` facets belong to the alternatives (their own entries); everything else is the tool's.
  tx.delete(toolFacets)
    .where(and(eq(toolFacets.toolId, id), ne(toolFacets.dimension, 'replaces')))
    .run();
  for (const facet of facetRowsOf(t))
    tx.insert(toolFacets)
      .values({ toolId: id, ...facet })
      .run();
  reindexTools(tx, [id]);
}

export function writeAlternative(tx: Tx, a: AlternativeContent & { reviewedBy?: string | null }): void {
  const row = { toolId: a.tool, productId: a.product, fit: a.fit, notes: a.notes ?? null, reviewedBy: a.reviewedBy ?? null };
  tx.insert(alternatives)
    .values(row)
    .onConflictDoUpdate({ target: [alternatives.toolId, alternatives.productId], set: row })
    .run();
  tx.insert(toolFacets).values({ toolId: a.tool, dimension: 'replaces', value: a.product }).onConflictDoNothing().run();
  reindexTools(tx, [a.tool]);
}

export function removeAlternative(tx: Tx, toolId: string, productId: string): void {
  tx.delete(alternatives)
    .where(and(eq(alternatives.toolId, toolId), eq(alternatives.productId, productId)))
    .run();
  tx.delete(toolFacets)
    .where(and(eq(toolFacets.toolId, toolId), eq(toolFacets.dimension, 'replaces'), eq(toolFacets.value, productId)))
    .run();
  reindexTools(tx, [toolId]);
}

/** Archived entries stay in the table (history, links) but no longer reach anonymous readers. */
export function archiveRow(tx: Tx, table: typeof tools | typeof products | typeof categories, id: string): void {
  tx.update(table).set({ status: 'ARCHIVED', updatedAt: now }).where(eq(table.id, id)).run();
  if (table === tools) reindexTools(tx, [id]);
  else reindexTools(tx, toolsShowing(tx, table === products ? { products: [id] } : { categories: [id] }));
}

/** Writes the seed catalogue's tools, products and categories; idempotent (upsert by id). */
import { eq, inArray, sql } from 'drizzle-orm';
import { normalizeText } from '@edu-catalogus/kit';
import { analyseLicense, type Catalogue } from '@edu-catalogus/seeds';
import { facetRowsOf } from './facets.ts';
import { alternatives, categories, productNames, products, toolFacets, tools } from './schema.ts';
import type { ToolsDb } from './tool-store.ts';

const provenanceOf = (e: { sources: { url: string; title?: string | undefined }[]; certainty: string; uncertainties: { field: string; note: string }[] }) => ({
  sources: e.sources,
  certainty: e.certainty,
  uncertainties: e.uncertainties,
});

/** Upserts every seed entry in one IMMEDIATE transaction; entries not in the seeds are left alone. */
export function seedToolsDb(db: ToolsDb, catalogue: Catalogue): { tools: number; products: number; categories: number } {
  db.transaction(
    (tx) => {
      for (const c of catalogue.categories) {
        const row = { id: c.id, nameNl: c.name.nl, nameEn: c.name.en, publiccode: c.publiccode ?? null, ...provenanceOf(c) };
        tx.insert(categories).values(row).onConflictDoUpdate({ target: categories.id, set: row }).run();
      }
      for (const p of catalogue.products) {
        const row = {
          id: p.id,
          name: p.name,
          vendor: p.vendor,
          vendorCountry: p.vendorCountry,
          categoryId: p.category,
          homepage: p.homepage,
          summary: p.summary,
          discontinued: p.discontinued,
          ...provenanceOf(p),
        };
        tx.insert(products).values(row).onConflictDoUpdate({ target: products.id, set: { ...row, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` } }).run();
        tx.delete(productNames).where(eq(productNames.productId, p.id)).run();
        const names = new Map<string, { name: string; isAlias: boolean }>();
        for (const [i, name] of [p.name, ...p.aliases].entries()) {
          const normalized = normalizeText(name);
          if (!names.has(normalized)) names.set(normalized, { name, isAlias: i > 0 });
        }
        for (const [normalized, { name, isAlias }] of names) {
          tx.insert(productNames).values({ productId: p.id, name, normalized, isAlias }).run();
        }
      }
      for (const t of catalogue.tools) {
        const row = {
          id: t.id,
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
          ...provenanceOf(t),
        };
        tx.insert(tools).values(row).onConflictDoUpdate({ target: tools.id, set: { ...row, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` } }).run();
      }
      const toolIds = catalogue.tools.map((t) => t.id);
      if (toolIds.length > 0) {
        tx.delete(toolFacets).where(inArray(toolFacets.toolId, toolIds)).run();
        tx.delete(alternatives).where(inArray(alternatives.toolId, toolIds)).run();
      }
      for (const t of catalogue.tools) {
        for (const facet of facetRowsOf(t)) tx.insert(toolFacets).values({ toolId: t.id, ...facet }).run();
        for (const r of t.replaces) {
          tx.insert(alternatives).values({ toolId: t.id, productId: r.product, fit: r.fit, notes: r.notes ?? null }).run();
        }
      }
    },
    { behavior: 'immediate' },
  );
  return { tools: catalogue.tools.length, products: catalogue.products.length, categories: catalogue.categories.length };
}

export function isToolsDbEmpty(db: ToolsDb): boolean {
  return db.select({ id: tools.id }).from(tools).limit(1).all().length === 0;
}

/**
 * Loads the seed catalogue's categories, products, tools and alternatives as published entries.
 * Idempotent: entries curators have since changed are left as they are.
 */
import { withTransaction } from '@edu-catalogus/kit/data';
import { trustingPeers } from '@edu-catalogus/kit/runtime';
import { toApiUncertainties, type Catalogue } from '@edu-catalogus/seeds';
import type { ToolsStoreDb } from '../store/dialect.ts';
import { alternativeId, createToolsCuration, productContentOf } from './adapters.ts';

export async function seedToolsDb(
  db: ToolsStoreDb,
  catalogue: Catalogue,
): Promise<{ tools: number; products: number; categories: number; alternatives: number; skipped: number }> {
  const curation = createToolsCuration(db, trustingPeers);
  let skipped = 0;
  const seed = (ok: boolean) => void (ok || skipped++);
  await withTransaction(db, async (tx) => {
    for (const { id, ...c } of catalogue.categories)
      seed(await curation.category.seedPublished(tx, id, { ...c, uncertainties: toApiUncertainties(c.uncertainties) }));
    for (const p of catalogue.products) seed(await curation.product.seedPublished(tx, p.id, productContentOf(p)));
    for (const { id, replaces: _alternatives, ...t } of catalogue.tools)
      seed(await curation.tool.seedPublished(tx, id, { ...t, uncertainties: toApiUncertainties(t.uncertainties) }));
    for (const t of catalogue.tools) {
      for (const r of t.replaces) {
        const alternative = { tool: t.id, ...r };
        seed(await curation.alternative.seedPublished(tx, alternativeId(alternative), alternative));
      }
    }
  });
  const alternatives = catalogue.tools.reduce((n, t) => n + t.replaces.length, 0);
  return { tools: catalogue.tools.length, products: catalogue.products.length, categories: catalogue.categories.length, alternatives, skipped };
}

/**
 * The writes of a tool's publish or archive on either store: its row (version bumped), its facet rows
 * and its search document, all in the caller's transaction (curation's step, or the seed's).
 */
import { analyseLicense, licenseConditions, type ApiUncertainty, type ToolSeed } from '@edu-catalogus/seeds';
import { and, eq, ne, sql } from 'drizzle-orm';
import { nowOf, queryOf, tablesOf } from './dialect.ts';
import { provenanceOf } from './provenance.ts';
import { TOOL_DIMENSIONS, type ToolDimension } from './search/facets.ts';
import { reindexToolsIn } from './search/reindex-store.ts';

/** A tool as it is published: the seed format without `id` and `replaces`, uncertainties in the API's shape (see curation/adapters.ts). */
export type ToolInput = Omit<ToolSeed, 'id' | 'replaces' | 'uncertainties'> & { uncertainties: ApiUncertainty[] };

/** The rows of tool_facets a tool's own content gives (`replaces` comes from its alternatives). */
function facetRowsOf(tool: ToolInput): { dimension: ToolDimension; value: string; position: number }[] {
  const values: Record<ToolDimension, readonly string[]> = {
    category: tool.categories,
    sector: tool.sectors,
    platform: tool.platforms,
    hosting: tool.hosting,
    // Only the licence that covers the code counts for the licence filter, each SPDX id once.
    license: [...new Set(analyseLicense(tool.license.expression).ids)],
    // Paid parts, content not free: what the plain licence words warn about (seeds' licenseConditions).
    licenseCondition: licenseConditions(tool.license),
    replaces: [],
    standard: tool.standards,
    facility: tool.facilities,
    language: tool.languages,
    developmentStatus: [tool.developmentStatus],
  };
  return TOOL_DIMENSIONS.flatMap((dimension) => values[dimension].map((value, position) => ({ dimension, value, position })));
}

/** Publishes a tool: its row (version bumped), its facet rows, its search document. Seeding and curation both write through here. */
export async function writeTool(tx: unknown, id: string, t: ToolInput): Promise<void> {
  const { tools, toolFacets } = tablesOf(tx);
  const q = queryOf(tx);
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
    maintainer: t.maintainer ?? null,
    features: t.features ?? null,
    privacy: t.privacy ?? null,
    accessibility: t.accessibility ?? null,
    status: 'PUBLISHED',
    ...provenanceOf(t),
  };
  await q
    .insert(tools)
    .values(row)
    .onConflictDoUpdate({ target: tools.id, set: { ...row, version: sql`${tools.version} + 1`, updatedAt: nowOf(tx) } });
  // `replaces` facets belong to the alternatives (their own entries); everything else is the tool's.
  await q.delete(toolFacets).where(and(eq(toolFacets.toolId, id), ne(toolFacets.dimension, 'replaces')));
  const facets = facetRowsOf(t).map((facet) => ({ toolId: id, ...facet }));
  if (facets.length > 0) await q.insert(toolFacets).values(facets);
  await reindexToolsIn(tx, [id]);
}

/** Archived tools stay in the table (history, links) but no longer reach anonymous readers or the search. */
export async function archiveTool(tx: unknown, id: string): Promise<void> {
  const { tools } = tablesOf(tx);
  await queryOf(tx)
    .update(tools)
    .set({ status: 'ARCHIVED', updatedAt: nowOf(tx) })
    .where(eq(tools.id, id));
  await reindexToolsIn(tx, [id]);
}

/** Whether the store holds no tool yet (the seed fills it then). */
export async function isToolsDbEmpty(db: unknown): Promise<boolean> {
  const { tools } = tablesOf(db);
  return (await queryOf(db).select({ id: tools.id }).from(tools).limit(1)).length === 0;
}

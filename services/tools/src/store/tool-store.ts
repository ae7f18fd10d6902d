/**
 * All SQL of tools: lookups, facet values, the listing (store/search finds and pages, this store
 * reads the rows), and the writes of a publish or an archive, which keep the search index in step.
 */
import { analyseLicense, licenseConditions, type ApiUncertainty, type ToolSeed } from '@edu-catalogus/seeds';
import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { catalogueIndexOf } from './search/catalogue-index.ts';
import { createCatalogueSearch, type CatalogueQuery, type CatalogueSearchOptions } from './search/catalogue-search.ts';
import { checkToolFilter, TOOL_DIMENSIONS, type ToolDimension, type ToolFilter } from './search/facets.ts';
import { ensureSearchIndex, reindexTools } from './search/reindex.ts';
import { provenanceOf } from './provenance.ts';
import { now, toolFacets, tools, type ToolRow, type ToolsDb } from './tables.ts';

/** A tool as it is published: the seed format without `id` and `replaces`, uncertainties in the API's shape (see curation/adapters.ts). */
export type ToolInput = Omit<ToolSeed, 'id' | 'replaces' | 'uncertainties'> & { uncertainties: ApiUncertainty[] };
export type ToolQuery = CatalogueQuery;

const published = eq(tools.status, 'PUBLISHED');
/** Which tools a relation lists: the published ones, or the archived ones a page names as archived. */
type ListedStatus = 'PUBLISHED' | 'ARCHIVED';

/** `tools.id IN (tools having one of values on dimension)` for every dimension the filter sets. */
export function filterConditions(filter: ToolFilter | null | undefined, db: ToolsDb): SQL[] {
  checkToolFilter(filter);
  const conditions: SQL[] = [];
  for (const dimension of TOOL_DIMENSIONS) {
    const values = filter?.[dimension];
    if (values == null) continue;
    if (dimension === 'license') conditions.push(eq(tools.licenseOsiApproved, true));
    const matching = db
      .select({ id: toolFacets.toolId })
      .from(toolFacets)
      .where(and(eq(toolFacets.dimension, dimension), inArray(toolFacets.value, [...values])));
    conditions.push(inArray(tools.id, matching));
  }
  if (filter?.id != null) conditions.push(inArray(tools.id, [...filter.id]));
  return conditions;
}

/** The search of store/search with the rows of each page, read in the search's transaction. */
export function createToolSearch(db: ToolsDb, options?: CatalogueSearchOptions) {
  const catalogue = createCatalogueSearch(db, catalogueIndexOf(db.$client), options);
  const rowsOf = (ids: string[]): Map<string, ToolRow> =>
    new Map((ids.length ? db.select().from(tools).where(inArray(tools.id, ids)).all() : []).map((row) => [row.id, row]));
  return { search: (query: ToolQuery) => catalogue.search(query, rowsOf) };
}
export type ToolSearch = ReturnType<typeof createToolSearch>;

export function createToolStore(db: ToolsDb) {
  // Prepared once: the gateway sends 100 values per batch, and building that SQL each time costs as much as running it.
  const idsByValues = db
    .select({ value: toolFacets.value, id: tools.id })
    .from(toolFacets)
    .innerJoin(tools, eq(tools.id, toolFacets.toolId))
    .where(
      and(
        eq(toolFacets.dimension, sql.placeholder('dimension')),
        sql`${toolFacets.value} IN (SELECT value FROM json_each(${sql.placeholder('values')}))`,
        published,
      ),
    )
    .orderBy(asc(tools.name), asc(tools.id))
    .prepare();
  db.transaction(() => ensureSearchIndex(db), { behavior: 'immediate' });
  // Load the in-memory index now rather than on the first request (about a second at 100k tools).
  catalogueIndexOf(db.$client).refresh(db);
  const search = createToolSearch(db);
  return {
    byIds(ids: readonly string[]): ToolRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(tools)
        .where(and(inArray(tools.id, [...ids]), published))
        .all();
    },

    /** Search, filter, order and page published tools, with exact totals and facet counts. */
    list(query: ToolQuery) {
      return search.search(query);
    },

    /** Values of `dimension` for each tool, in seed order: one query for any number of tools. */
    valuesByToolIds(dimension: ToolDimension, toolIds: readonly string[]): Map<string, string[]> {
      const rows = db
        .select({ toolId: toolFacets.toolId, value: toolFacets.value })
        .from(toolFacets)
        .where(and(eq(toolFacets.dimension, dimension), inArray(toolFacets.toolId, [...toolIds])))
        .orderBy(asc(toolFacets.toolId), asc(toolFacets.position))
        .all();
      const byTool = new Map<string, string[]>(toolIds.map((id) => [id, []]));
      for (const row of rows) byTool.get(row.toolId)?.push(row.value);
      return byTool;
    },

    /**
     * Published tool ids having each value of `dimension` (the tools implementing each standard), by name.
     * Ids only: the rows come from the request's row loader, each tool once however many values list it.
     */
    toolIdsByValues(dimension: ToolDimension, values: readonly string[]): Map<string, string[]> {
      const byValue = new Map<string, string[]>(values.map((v) => [v, []]));
      for (const row of idsByValues.all({ dimension, values: JSON.stringify(values) })) byValue.get(row.value)?.push(row.id);
      return byValue;
    },

    /** The archived tools per value of one dimension, which pages still name (the published ones: `toolIdsByValues`). */
    archivedToolsByValues(dimension: ToolDimension, values: readonly string[]): Map<string, ToolRow[]> {
      const rows = db
        .select({ value: toolFacets.value, tool: tools })
        .from(toolFacets)
        .innerJoin(tools, eq(tools.id, toolFacets.toolId))
        .where(and(eq(toolFacets.dimension, dimension), inArray(toolFacets.value, [...values]), eq(tools.status, 'ARCHIVED')))
        .orderBy(asc(tools.name), asc(tools.id))
        .all();
      const byValue = new Map<string, ToolRow[]>(values.map((v) => [v, []]));
      for (const row of rows) byValue.get(row.value)?.push(row.tool);
      return byValue;
    },

    toolsByCurator(organisationIds: readonly string[], status: ListedStatus = 'PUBLISHED'): Map<string, ToolRow[]> {
      const rows = db
        .select()
        .from(tools)
        .where(and(inArray(tools.curatedBy, [...organisationIds]), eq(tools.status, status)))
        .orderBy(asc(tools.name))
        .all();
      const byOrg = new Map<string, ToolRow[]>(organisationIds.map((id) => [id, []]));
      for (const row of rows) if (row.curatedBy) byOrg.get(row.curatedBy)?.push(row);
      return byOrg;
    },
  };
}
export type ToolStore = ReturnType<typeof createToolStore>;

export function isToolsDbEmpty(db: ToolsDb): boolean {
  return db.select({ id: tools.id }).from(tools).limit(1).all().length === 0;
}

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
export function writeTool(db: ToolsDb, id: string, t: ToolInput): void {
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
  db.insert(tools)
    .values(row)
    .onConflictDoUpdate({ target: tools.id, set: { ...row, version: sql`${tools.version} + 1`, updatedAt: now } })
    .run();
  // `replaces` facets belong to the alternatives (their own entries); everything else is the tool's.
  db.delete(toolFacets)
    .where(and(eq(toolFacets.toolId, id), ne(toolFacets.dimension, 'replaces')))
    .run();
  for (const facet of facetRowsOf(t))
    db.insert(toolFacets)
      .values({ toolId: id, ...facet })
      .run();
  reindexTools(db, [id]);
}

/** Archived tools stay in the table (history, links) but no longer reach anonymous readers or the search. */
export function archiveTool(db: ToolsDb, id: string): void {
  db.update(tools).set({ status: 'ARCHIVED', updatedAt: now }).where(eq(tools.id, id)).run();
  reindexTools(db, [id]);
}

/**
 * The reads of tools on either store: lookups by id, facet values, the tools per value of a dimension,
 * per curator. The search (finding, ordering, paging, facet counts) is store/search's; on SQLite the
 * hot lookups are prepared once (json_each), on PostgreSQL they are plain drizzle queries.
 */
import { isPostgres } from '@edu-catalogus/kit/data';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryOf, tablesOf, type ToolsStoreDb } from './dialect.ts';
import { catalogueIndexOf } from './search/catalogue-index.ts';
import { createCatalogueSearch, type CatalogueQuery, type CatalogueSearchOptions } from './search/catalogue-search.ts';
import { checkToolFilter, TOOL_DIMENSIONS, type ToolDimension, type ToolFilter } from './search/facets.ts';
import { ensureSearchIndex } from './search/reindex.ts';
import { tools as sqliteTools, type ToolRow, type ToolsDb } from './tables.ts';

export type { ToolInput } from './tool-writes.ts';
export { archiveTool, isToolsDbEmpty, writeTool } from './tool-writes.ts';
export type ToolQuery = CatalogueQuery;

/** Which tools a relation lists: the published ones, or the archived ones a page names as archived. */
type ListedStatus = 'PUBLISHED' | 'ARCHIVED';

/** `tools.id IN (tools having one of values on dimension)` for every dimension the filter sets. */
export function filterConditions(filter: ToolFilter | null | undefined, db: unknown): SQL[] {
  checkToolFilter(filter);
  const { tools, toolFacets } = tablesOf(db);
  const conditions: SQL[] = [];
  for (const dimension of TOOL_DIMENSIONS) {
    const values = filter?.[dimension];
    if (values == null) continue;
    if (dimension === 'license') conditions.push(eq(tools.licenseOsiApproved, true));
    const matching = queryOf(db)
      .select({ id: toolFacets.toolId })
      .from(toolFacets)
      .where(and(eq(toolFacets.dimension, dimension), inArray(toolFacets.value, [...values])));
    conditions.push(inArray(tools.id, matching));
  }
  if (filter?.id != null) conditions.push(inArray(tools.id, [...filter.id]));
  return conditions;
}

/** The SQLite search of store/search with the rows of each page, read in the search's transaction (tests and benchmarks; requests use the search thread). */
export function createToolSearch(db: ToolsDb, options?: CatalogueSearchOptions) {
  const catalogue = createCatalogueSearch(db, catalogueIndexOf(db.$client), options);
  const rowsOf = (ids: string[]): Map<string, ToolRow> =>
    new Map((ids.length ? db.select().from(sqliteTools).where(inArray(sqliteTools.id, ids)).all() : []).map((row) => [row.id, row]));
  return { search: (query: ToolQuery) => catalogue.search(query, rowsOf) };
}
export type ToolSearch = ReturnType<typeof createToolSearch>;

/** The three lookups every page makes, prepared once on SQLite: building that SQL each time costs as much as running it. */
function preparedLookups(db: ToolsDb) {
  const { tools, toolFacets } = tablesOf(db);
  const published = eq(tools.status, 'PUBLISHED');
  const inJson = (column: SQL | typeof tools.id, name: string) => sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(name)}))`;
  const idsByValues = db
    .select({ value: toolFacets.value, id: tools.id })
    .from(toolFacets)
    .innerJoin(tools, eq(tools.id, toolFacets.toolId))
    .where(and(eq(toolFacets.dimension, sql.placeholder('dimension')), inJson(sql`${toolFacets.value}`, 'values'), published))
    .orderBy(asc(tools.name), asc(tools.id))
    .prepare();
  const publishedByIds = db
    .select()
    .from(tools)
    .where(and(inJson(tools.id, 'ids'), published))
    .prepare();
  const valuesOfTools = db
    .select({ toolId: toolFacets.toolId, value: toolFacets.value })
    .from(toolFacets)
    .where(and(eq(toolFacets.dimension, sql.placeholder('dimension')), inJson(sql`${toolFacets.toolId}`, 'ids')))
    .orderBy(asc(toolFacets.toolId), asc(toolFacets.position))
    .prepare();
  return {
    byIds: async (ids: readonly string[]) => publishedByIds.all({ ids: JSON.stringify(ids) }),
    values: async (dimension: ToolDimension, ids: readonly string[]) => valuesOfTools.all({ dimension, ids: JSON.stringify(ids) }),
    idsByValues: async (dimension: ToolDimension, values: readonly string[]) => idsByValues.all({ dimension, values: JSON.stringify(values) }),
  };
}

/** The same lookups as plain queries (PostgreSQL). */
function plainLookups(db: unknown) {
  const { tools, toolFacets } = tablesOf(db);
  const q = queryOf(db);
  const published = eq(tools.status, 'PUBLISHED');
  return {
    byIds: async (ids: readonly string[]): Promise<ToolRow[]> =>
      q
        .select()
        .from(tools)
        .where(and(inArray(tools.id, [...ids]), published)),
    values: async (dimension: ToolDimension, ids: readonly string[]) =>
      q
        .select({ toolId: toolFacets.toolId, value: toolFacets.value })
        .from(toolFacets)
        .where(and(eq(toolFacets.dimension, dimension), inArray(toolFacets.toolId, [...ids])))
        .orderBy(asc(toolFacets.toolId), asc(toolFacets.position)),
    idsByValues: async (dimension: ToolDimension, values: readonly string[]) =>
      q
        .select({ value: toolFacets.value, id: tools.id })
        .from(toolFacets)
        .innerJoin(tools, eq(tools.id, toolFacets.toolId))
        .where(and(eq(toolFacets.dimension, dimension), inArray(toolFacets.value, [...values]), published))
        .orderBy(asc(tools.name), asc(tools.id)),
  };
}

export function createToolStore(db: ToolsStoreDb) {
  const { tools, toolFacets } = tablesOf(db);
  const q = queryOf(db);
  let lookups: ReturnType<typeof plainLookups>;
  if (isPostgres(db)) lookups = plainLookups(db);
  else {
    const sqlite = db as ToolsDb;
    lookups = preparedLookups(sqlite);
    sqlite.transaction(() => ensureSearchIndex(sqlite), { behavior: 'immediate' });
    // Load the in-memory index now rather than on the first request (about a second at 100k tools).
    catalogueIndexOf(sqlite.$client).refresh(sqlite);
  }
  return {
    async byIds(ids: readonly string[]): Promise<ToolRow[]> {
      if (ids.length === 0) return [];
      return lookups.byIds(ids);
    },

    /** Values of `dimension` for each tool, in seed order: one query for any number of tools. */
    async valuesByToolIds(dimension: ToolDimension, toolIds: readonly string[]): Promise<Map<string, string[]>> {
      const byTool = new Map<string, string[]>(toolIds.map((id) => [id, []]));
      if (toolIds.length === 0) return byTool;
      for (const row of await lookups.values(dimension, toolIds)) byTool.get(row.toolId)?.push(row.value);
      return byTool;
    },

    /**
     * Published tool ids having each value of `dimension` (the tools implementing each standard), by name.
     * Ids only: the rows come from the request's row loader, each tool once however many values list it.
     */
    async toolIdsByValues(dimension: ToolDimension, values: readonly string[]): Promise<Map<string, string[]>> {
      const byValue = new Map<string, string[]>(values.map((v) => [v, []]));
      if (values.length === 0) return byValue;
      for (const row of await lookups.idsByValues(dimension, values)) byValue.get(row.value)?.push(row.id);
      return byValue;
    },

    /** The archived tools per value of one dimension, which pages still name (the published ones: `toolIdsByValues`). */
    async archivedToolsByValues(dimension: ToolDimension, values: readonly string[]): Promise<Map<string, ToolRow[]>> {
      const rows = await q
        .select({ value: toolFacets.value, tool: tools })
        .from(toolFacets)
        .innerJoin(tools, eq(tools.id, toolFacets.toolId))
        .where(and(eq(toolFacets.dimension, dimension), inArray(toolFacets.value, [...values]), eq(tools.status, 'ARCHIVED')))
        .orderBy(asc(tools.name), asc(tools.id));
      const byValue = new Map<string, ToolRow[]>(values.map((v) => [v, []]));
      for (const row of rows) byValue.get(row.value)?.push(row.tool);
      return byValue;
    },

    async toolsByCurator(organisationIds: readonly string[], status: ListedStatus = 'PUBLISHED'): Promise<Map<string, ToolRow[]>> {
      const rows = await q
        .select()
        .from(tools)
        .where(and(inArray(tools.curatedBy, [...organisationIds]), eq(tools.status, status)))
        .orderBy(asc(tools.name));
      const byOrg = new Map<string, ToolRow[]>(organisationIds.map((id) => [id, []]));
      for (const row of rows) if (row.curatedBy) byOrg.get(row.curatedBy)?.push(row);
      return byOrg;
    },
  };
}
export type ToolStore = ReturnType<typeof createToolStore>;

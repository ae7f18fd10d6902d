/** All SQL for tools: lookups by id, the search listing (src/search/), facet values. */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '@edu-catalogus/kit';
import { createToolSearch, type ToolSearchQuery } from '../search/tool-search.ts';
import { catalogueIndexOf } from '../search/catalogue-index.ts';
import { ensureSearchIndex } from '../search/reindex.ts';
import { TOOL_DIMENSIONS, type ToolDimension, type ToolFilter } from './facets.ts';
import type * as schema from './schema.ts';
import { toolFacets, tools, type ToolRow } from './schema.ts';
import { checkToolFilter } from './tool-filter.ts';

export type ToolsDb = Db<typeof schema>;
export type ToolQuery = ToolSearchQuery;

const published = eq(tools.status, 'PUBLISHED');

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
  return conditions;
}

export function createToolStore(db: ToolsDb) {
  db.transaction((tx) => ensureSearchIndex(tx), { behavior: 'immediate' });
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

    /** Published tools having each value of `dimension` (e.g. the tools implementing each standard). */
    toolsByValues(dimension: ToolDimension, values: readonly string[]): Map<string, ToolRow[]> {
      const rows = db
        .select({ value: toolFacets.value, tool: tools })
        .from(toolFacets)
        .innerJoin(tools, eq(tools.id, toolFacets.toolId))
        .where(and(eq(toolFacets.dimension, dimension), inArray(toolFacets.value, [...values]), published))
        .orderBy(asc(tools.name), asc(tools.id))
        .all();
      const byValue = new Map<string, ToolRow[]>(values.map((v) => [v, []]));
      for (const row of rows) byValue.get(row.value)?.push(row.tool);
      return byValue;
    },

    toolsByCurator(organisationIds: readonly string[]): Map<string, ToolRow[]> {
      const rows = db
        .select()
        .from(tools)
        .where(and(inArray(tools.curatedBy, [...organisationIds]), published))
        .orderBy(asc(tools.name))
        .all();
      const byOrg = new Map<string, ToolRow[]>(organisationIds.map((id) => [id, []]));
      for (const row of rows) if (row.curatedBy) byOrg.get(row.curatedBy)?.push(row);
      return byOrg;
    },
  };
}
export type ToolStore = ReturnType<typeof createToolStore>;

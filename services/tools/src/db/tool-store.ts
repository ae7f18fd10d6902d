/** All SQL for tools: lookups by id, filtered listing with keyset pagination, facet values. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { afterNameCursor, InputError, normalizeText, pageSize, toConnection, type Db } from '@edu-catalogus/kit';
import { TOOL_DIMENSIONS, type ToolDimension, type ToolFilter } from './facets.ts';
import * as schema from './schema.ts';
import { toolFacets, tools, type ToolRow } from './schema.ts';

export type ToolsDb = Db<typeof schema>;

export interface ToolQuery {
  search?: string | null;
  filter?: ToolFilter | null;
  first?: number | null;
  after?: string | null;
}

const published = eq(tools.status, 'PUBLISHED');

/** `tools.id IN (tools having one of values on dimension)` for every dimension the filter sets. */
export function filterConditions(filter: ToolFilter | null | undefined, db: ToolsDb): SQL[] {
  const conditions: SQL[] = [];
  for (const dimension of TOOL_DIMENSIONS) {
    const values = filter?.[dimension];
    if (values == null) continue;
    if (values.length === 0) throw new InputError(`filter.${dimension}`, `filter.${dimension} must name at least one value`);
    const matching = db
      .select({ id: toolFacets.toolId })
      .from(toolFacets)
      .where(and(eq(toolFacets.dimension, dimension), inArray(toolFacets.value, [...values])));
    conditions.push(inArray(tools.id, matching));
  }
  return conditions;
}

function searchCondition(search: string | null | undefined): SQL | undefined {
  if (search == null) return undefined;
  const terms = normalizeText(search).split(' ').filter(Boolean);
  if (terms.length === 0) return undefined;
  const haystack = sql`lower(${tools.name} || ' ' || ${tools.summary} || ' ' || coalesce(${tools.description}, ''))`;
  return and(...terms.map((term) => sql`instr(${haystack}, ${term}) > 0`));
}

export function createToolStore(db: ToolsDb) {
  return {
    byIds(ids: readonly string[]): ToolRow[] {
      if (ids.length === 0) return [];
      return db.select().from(tools).where(and(inArray(tools.id, [...ids]), published)).all();
    },

    list(query: ToolQuery) {
      const first = pageSize(query.first, 20);
      const where = and(published, searchCondition(query.search), ...filterConditions(query.filter, db));
      const page = and(where, afterNameCursor(query.after, tools.name, tools.id));
      const rows = db.select().from(tools).where(page).orderBy(asc(tools.name), asc(tools.id)).limit(first + 1).all();
      const [{ count } = { count: 0 }] = db.select({ count: sql<number>`count(*)` }).from(tools).where(where).all();
      return toConnection(rows, first, count, (row) => [row.name, row.id]);
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

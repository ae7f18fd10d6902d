/** The filter/facet dimensions of a tool and how a seed or input maps onto them. */
import { analyseLicense, type ToolSeed } from '@edu-catalogus/seeds';

export const TOOL_DIMENSIONS = [
  'category',
  'sector',
  'platform',
  'hosting',
  'license',
  'replaces',
  'standard',
  'facility',
  'language',
  'developmentStatus',
] as const;
export type ToolDimension = (typeof TOOL_DIMENSIONS)[number];

export type ToolFilter = Partial<Record<ToolDimension, readonly string[] | null>>;

/** The rows of tool_facets for one tool, in the order the seed lists them. */
export function facetRowsOf(tool: ToolSeed): { dimension: ToolDimension; value: string; position: number }[] {
  const values: Record<ToolDimension, readonly string[]> = {
    category: tool.categories,
    sector: tool.sectors,
    platform: tool.platforms,
    hosting: tool.hosting,
    // Only the licence that covers the code counts for the licence filter, each SPDX id once.
    license: [...new Set(analyseLicense(tool.license.expression).ids)],
    replaces: tool.replaces.map((r) => r.product),
    standard: tool.standards,
    facility: tool.facilities,
    language: tool.languages,
    developmentStatus: [tool.developmentStatus],
  };
  return TOOL_DIMENSIONS.flatMap((dimension) => values[dimension].map((value, position) => ({ dimension, value, position })));
}

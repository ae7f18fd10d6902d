/** The filter/facet dimensions of a tool and how a seed or input maps onto them. */
import { analyseLicense, licenseConditions } from '@edu-catalogus/seeds';
import type { ToolContent } from '../curation/content.ts';

export const TOOL_DIMENSIONS = [
  'category',
  'sector',
  'platform',
  'hosting',
  'license',
  'licenseCondition',
  'replaces',
  'standard',
  'facility',
  'language',
  'developmentStatus',
] as const;
export type ToolDimension = (typeof TOOL_DIMENSIONS)[number];

export type ToolFilter = Partial<Record<ToolDimension, readonly string[] | null>>;

/** The rows of tool_facets a tool's own content gives (`replaces` comes from its alternatives). */
export function facetRowsOf(tool: ToolContent): { dimension: ToolDimension; value: string; position: number }[] {
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

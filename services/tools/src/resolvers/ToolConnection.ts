/** A page of the tool search: the search thread computes facet counts only when a query selects `facets`. */
import type { ToolsPage } from '../store/search-requests.ts';
import type { ToolDimension } from '../store/search/facets.ts';
import type { ToolRow } from '../store/tables.ts';
import type { ToolConnectionResolvers } from './types.generated.ts';

/** A page of the tool search with its rows (the generated types map `ToolConnection` to it). */
export type ToolList = Omit<ToolsPage, 'edges'> & { edges: { cursor: string; node: ToolRow }[] };

/** `developmentStatus` -> `DEVELOPMENT_STATUS`: the ToolDimension enum names the filter fields. */
const dimensionEnum = (dimension: ToolDimension) => dimension.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

export const ToolConnection: ToolConnectionResolvers = {
  facets: (list) => (list.facets ?? []).map((f) => ({ ...f, dimension: dimensionEnum(f.dimension) })),
};

/** A page of the tool search: the search thread computes facet counts only when a query selects `facets`. */
import type { Stores } from '../context.ts';
import type { ToolDimension } from '../store/search/facets.ts';
import type { ToolConnectionResolvers } from './types.generated.ts';

/** What the tool search returns for a page (the generated types map `ToolConnection` to it). */
export type ToolList = Awaited<ReturnType<Stores['search']['tools']>>;

/** `developmentStatus` -> `DEVELOPMENT_STATUS`: the ToolDimension enum names the filter fields. */
const dimensionEnum = (dimension: ToolDimension) => dimension.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

export const ToolConnection: ToolConnectionResolvers = {
  facets: (list) => (list.facets ?? []).map((f) => ({ ...f, dimension: dimensionEnum(f.dimension) })),
};

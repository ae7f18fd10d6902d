/**
 * Facet counts for a search: per dimension, how many matching tools have each value. Disjunctive:
 * a dimension's counts apply the search and every other dimension's filter but not its own, so a
 * checkbox list shows what ticking one more value would add (values within a filter are OR-ed).
 * Selected values are listed even when their count is 0, so a portal can still show them ticked.
 */
import type { TypedFastBitSet } from 'typedfastbitset';
import { TOOL_DIMENSIONS, type ToolDimension, type ToolFilter } from './facets.ts';
import type { CatalogueIndex } from './catalogue-index.ts';

export interface FacetCount {
  dimension: ToolDimension;
  values: { value: string; count: number }[];
}

export function countFacets(
  index: CatalogueIndex,
  base: TypedFastBitSet,
  filters: ReadonlyMap<ToolDimension | 'id', TypedFastBitSet>,
  selected: ToolFilter | null | undefined,
): FacetCount[] {
  const withAll = [...filters.values()].reduce((scope, bits) => scope.intersection(bits), base.clone());
  return TOOL_DIMENSIONS.map((dimension) => {
    const scope = filters.has(dimension) ? [...filters].filter(([d]) => d !== dimension).reduce((s, [, bits]) => s.intersection(bits), base.clone()) : withAll;
    const counts = new Map<string, number>();
    for (const [value, bits] of index.values.get(dimension) ?? []) {
      const count = scope.intersection_size(bits);
      if (count > 0) counts.set(value, count);
    }
    for (const value of selected?.[dimension] ?? []) if (!counts.has(value)) counts.set(value, 0);
    const values = [...counts].map(([value, count]) => ({ value, count }));
    values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return { dimension, values };
  });
}

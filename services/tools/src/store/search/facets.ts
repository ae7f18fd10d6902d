/** The dimensions a tool is filtered and faceted on, and the check of a filter that names them. */
import { InputError } from '@edu-catalogus/kit/runtime';
import { isOsiApproved } from '@edu-catalogus/seeds';

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

/** The facet dimensions, plus `id`: only the named tools (a filter, not a facet). */
export type ToolFilter = Partial<Record<ToolDimension | 'id', readonly string[] | null>>;

/** Ids `filter.id` may name: a catalogue's worth of offered tools, few enough to keep one bitmap cheap. */
export const MAX_FILTER_IDS = 1000;

/** Values one filter dimension may name: more than any dimension has, few enough to keep a filter's SQL and bitmaps small. */
export const MAX_FILTER_VALUES = 100;

/** Refuses a filter that names no value or too many, or a licence id that is not OSI-approved (the catalogue lists only those). */
export function checkToolFilter(filter: ToolFilter | null | undefined): void {
  for (const dimension of TOOL_DIMENSIONS) {
    const values = filter?.[dimension];
    if (values != null && values.length === 0) throw new InputError(`filter.${dimension}`, `filter.${dimension} must name at least one value`);
    if (values != null && values.length > MAX_FILTER_VALUES) {
      throw new InputError(`filter.${dimension}`, `filter.${dimension} names more than ${MAX_FILTER_VALUES} values`, { maxValues: MAX_FILTER_VALUES });
    }
  }
  const ids = filter?.id;
  if (ids != null && ids.length > MAX_FILTER_IDS) {
    throw new InputError('filter.id', `filter.id names more than ${MAX_FILTER_IDS} ids`, { maxValues: MAX_FILTER_IDS });
  }
  const notOsi = filter?.license?.find((id) => !isOsiApproved(id));
  if (notOsi !== undefined) throw new InputError('filter.license', `filter.license: "${notOsi}" is not the SPDX id of an OSI-approved licence`);
}

/** Whether a tool counts under licence `id`: its licence as a whole is OSI-approved and names `id`. */
export const countsUnderLicense = (id: string, toolOsiApproved: boolean) => toolOsiApproved && isOsiApproved(id);

/** The search page's state in its URL: the text, one parameter per filter (repeated), order and cursor. */
import { clipFreeText } from '@edu-catalogus/kit/runtime';
import { SLUG } from '@edu-catalogus/seeds';
import type { EnumName } from '../i18n/i18n.ts';
import { nl } from '../i18n/nl.ts';
import { LICENSE_CHOICES, licenseChoiceIds, type LicenseChoice } from './license-words.ts';

/** The filters the page offers: each facet dimension, its ToolFilter field (= URL parameter) and value kind. */
export const FILTERS = [
  { dimension: 'SECTOR', param: 'sector', values: 'SECTOR' },
  { dimension: 'CATEGORY', param: 'category', values: 'id' },
  { dimension: 'PLATFORM', param: 'platform', values: 'PLATFORM' },
  { dimension: 'HOSTING', param: 'hosting', values: 'HOSTING' },
  { dimension: 'LICENSE', param: 'license', values: 'licenseChoice' },
  { dimension: 'LICENSE_CONDITION', param: 'licenseCondition', values: 'LICENSE_CONDITION' },
  { dimension: 'REPLACES', param: 'replaces', values: 'id' },
  { dimension: 'STANDARD', param: 'standard', values: 'id' },
  { dimension: 'FACILITY', param: 'facility', values: 'id' },
] as const satisfies readonly { dimension: string; param: string; values: EnumName | 'id' | 'licenseChoice' }[];

export type FilterParam = (typeof FILTERS)[number]['param'];
/** USAGE (most used by schools first) is composed by the site, not an API order (gateway/usage-order.ts). */
export const ORDERS = ['RELEVANCE', 'NAME', 'UPDATED', 'USAGE'] as const;
export type Order = (typeof ORDERS)[number];

export interface SearchState {
  q: string;
  filter: Partial<Record<FilterParam, string[]>>;
  /** "Direct te gebruiken" (`direct=1`): only tools with a published offering. */
  ready: boolean;
  orderBy: Order | undefined;
  after: string | undefined;
}

/** Whether a URL value may be sent as a filter value; anything else is dropped, not an error page. */
function acceptable(kind: EnumName | 'id' | 'licenseChoice', value: string): boolean {
  if (kind === 'id') return SLUG.test(value) && value.length <= 100;
  if (kind === 'licenseChoice') return (LICENSE_CHOICES as readonly string[]).includes(value);
  return Object.hasOwn(nl.enums[kind], value);
}

export function parseSearch(params: URLSearchParams): SearchState {
  const filter: SearchState['filter'] = {};
  for (const { param, values } of FILTERS) {
    const accepted = [...new Set(params.getAll(param))].filter((value) => acceptable(values, value));
    if (accepted.length > 0) filter[param] = accepted;
  }
  const order = params.get('order');
  const after = params.get('after');
  return {
    // The API refuses longer text (`search` and `alternatives(to:)`: FREE_TEXT_LIMITS); a page keeps the start.
    q: clipFreeText((params.get('q') ?? '').trim()),
    filter,
    ready: params.get('direct') === '1',
    orderBy: ORDERS.find((o) => o === order),
    after: after && after.length <= 200 ? after : undefined,
  };
}

/** The ToolFilter the API gets: a plain licence choice becomes the SPDX ids it stands for; null when nothing is ticked. */
export function apiFilter(filter: SearchState['filter']): Record<string, string[]> | null {
  if (Object.keys(filter).length === 0) return null;
  const { license, ...rest } = filter;
  return license ? { ...rest, license: license.flatMap((choice) => licenseChoiceIds(choice as LicenseChoice)) } : rest;
}

/** The URL parameters of a state, in a stable order so equal searches share one URL. */
export function toSearchParams(state: Omit<SearchState, 'after' | 'ready'> & { after?: string | undefined; ready?: boolean }): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.ready) params.set('direct', '1');
  for (const { param } of FILTERS) for (const value of [...(state.filter[param] ?? [])].sort()) params.append(param, value);
  if (state.orderBy) params.set('order', state.orderBy);
  if (state.after) params.set('after', state.after);
  return params;
}

const PRODUCT_PHRASE =
  /^(?:een\s+)?(?:open(?:[-\s]?source)?\s+)?(?:alternatie(?:f|ven)|vervang(?:er|ing)|alternatives?|replacements?)\s+(?:voor|van|to|for)\s+(.+)$/i;

/** "alternatief voor Teams" -> "Teams"; null when the text does not ask for a product's alternatives. */
export function productPhrase(q: string): string | null {
  return PRODUCT_PHRASE.exec(q.trim())?.[1]?.trim() || null;
}

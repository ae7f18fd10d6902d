/**
 * The filter checkboxes with their counts. Values come from the API's facets; while the API has
 * none, every known value is offered without counts, so filtering still works.
 */
import type { Facet, SearchVocabulary } from '../../gateway/types.ts';
import type { Ui } from '../../i18n/i18n.ts';
import { FILTERS, type SearchState } from '../../lib/search-params.ts';
import { refName } from './links.tsx';
import { useUi } from '../ui.ts';

const VISIBLE = 8;

interface Option {
  value: string;
  label: string;
  count: number | undefined;
}

type Filter = (typeof FILTERS)[number];

function namesFor(filter: Filter, vocabulary: SearchVocabulary, ui: Ui): Map<string, string> {
  const refs = (list: { id: string; name: string; acronym?: string | null }[]) => new Map(list.map((r) => [r.id, refName(r)]));
  switch (filter.values) {
    case 'spdx':
      return new Map();
    case 'id':
      if (filter.dimension === 'CATEGORY') return new Map(vocabulary.categories.map((c) => [c.id, ui.text(c.name)]));
      if (filter.dimension === 'STANDARD') return refs(vocabulary.standards.edges.map((e) => e.node));
      if (filter.dimension === 'FACILITY') return refs(vocabulary.facilities.edges.map((e) => e.node));
      return refs(vocabulary.products.edges.map((e) => e.node));
    default:
      return new Map(Object.keys(ui.t.enums[filter.values]).map((value) => [value, ui.label(filter.values as never, value)]));
  }
}

/** The options of one filter: the facet's values (with counts) or all known values, plus any selected. */
export function facetOptions(filter: Filter, facets: Facet[] | undefined, vocabulary: SearchVocabulary, selected: string[], ui: Ui): Option[] {
  const names = namesFor(filter, vocabulary, ui);
  const label = (value: string) => names.get(value) ?? value;
  const options: Option[] = facets
    ? (facets.find((f) => f.dimension === filter.dimension)?.values ?? [])
        .filter((v) => v.count > 0)
        .map((v) => ({ value: v.value, label: label(v.value), count: v.count }))
    : [...names.keys()].map((value) => ({ value, label: label(value), count: undefined })).sort((a, b) => a.label.localeCompare(b.label, ui.lang));
  const missing = selected.filter((value) => !options.some((o) => o.value === value));
  return [...missing.map((value) => ({ value, label: label(value), count: facets ? 0 : undefined })), ...options];
}

function Checkbox({ param, option, checked }: { param: string; option: Option; checked: boolean }) {
  const id = `f-${param}-${option.value}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return (
    <li>
      <input type="checkbox" id={id} name={param} value={option.value} checked={checked} />
      <label for={id}>
        {option.label}
        {option.count !== undefined && <span class="count"> ({option.count})</span>}
      </label>
    </li>
  );
}

export function Facets({ state, facets, vocabulary }: { state: SearchState; facets: Facet[] | undefined; vocabulary: SearchVocabulary }) {
  const ui = useUi();
  return (
    <div id="facets" class="facets">
      {!facets && <p class="muted">{ui.t.search.countsUnavailable}</p>}
      {FILTERS.map((filter) => {
        const selected = state.filter[filter.param] ?? [];
        const options = facetOptions(filter, facets, vocabulary, selected, ui);
        if (options.length === 0) return null;
        const shown = options.slice(0, VISIBLE);
        const rest = options.slice(VISIBLE);
        const box = (option: Option) => <Checkbox param={filter.param} option={option} checked={selected.includes(option.value)} />;
        return (
          <fieldset class="facet">
            <legend>{ui.label('DIMENSION', filter.dimension)}</legend>
            <ul>{shown.map(box)}</ul>
            {rest.length > 0 && (
              <details open={rest.some((o) => selected.includes(o.value))}>
                <summary>{ui.t.search.more(rest.length)}</summary>
                <ul>{rest.map(box)}</ul>
              </details>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}

/** The filter checkboxes with the API's counts; a ticked value stays listed (count 0) so it can be unticked. */
import type { Facet, SearchVocabulary } from '../../gateway/types.ts';
import type { Ui } from '../../i18n/i18n.ts';
import { LICENSE_CHOICES, licenseChoiceOf, type LicenseChoice } from '../../lib/license-words.ts';
import { FILTERS, type SearchState } from '../../lib/search-params.ts';
import { refName } from './links.tsx';
import { useUi } from '../ui.ts';

const VISIBLE = 5;

interface Option {
  value: string;
  label: string;
  /** Null for a licence choice: summing its SPDX ids' counts would count some tools twice. */
  count: number | null;
}

type Filter = (typeof FILTERS)[number];

/** A facet value in words: an enum's label, an entry's name, or (licences) the plain choice. */
function labeller(filter: Filter, vocabulary: SearchVocabulary, ui: Ui): (value: string) => string {
  const byId = (list: { id: string; name: string; acronym?: string | null }[]) => {
    const names = new Map(list.map((r) => [r.id, refName(r)]));
    return (value: string) => names.get(value) ?? value;
  };
  switch (filter.dimension) {
    case 'CATEGORY': {
      const names = new Map(vocabulary.categories.map((c) => [c.id, ui.text(c.name)]));
      return (value) => names.get(value) ?? value;
    }
    case 'STANDARD':
      return byId(vocabulary.standards.edges.map((e) => e.node));
    case 'FACILITY':
      return byId(vocabulary.facilities.edges.map((e) => e.node));
    case 'REPLACES':
      return byId(vocabulary.products.edges.map((e) => e.node));
    case 'LICENSE':
      return (value) => ui.t.license.choices[value as LicenseChoice] ?? value;
    default:
      return (value) => ui.label(filter.values as Exclude<Filter['values'], 'id' | 'licenseChoice'>, value);
  }
}

/** The licence choices that cover at least one SPDX id the facet counts, in a fixed order. */
function licenseOptions(values: { value: string; count: number }[]): { value: string; count: number | null }[] {
  const present = new Set(values.filter((v) => v.count > 0).map((v) => licenseChoiceOf(v.value)));
  return LICENSE_CHOICES.filter((choice) => present.has(choice)).map((value) => ({ value, count: null }));
}

export function facetOptions(filter: Filter, facets: Facet[], vocabulary: SearchVocabulary, selected: string[], ui: Ui): Option[] {
  const label = labeller(filter, vocabulary, ui);
  const values = facets.find((f) => f.dimension === filter.dimension)?.values ?? [];
  const counted = filter.dimension === 'LICENSE' ? licenseOptions(values) : values.filter((v) => v.count > 0);
  const options = counted.map((v) => ({ value: v.value, label: label(v.value), count: v.count }));
  const missing = selected.filter((value) => !options.some((o) => o.value === value)).map((value) => ({ value, label: label(value), count: 0 }));
  return [...missing, ...options];
}

function Checkbox({ param, option, checked }: { param: string; option: Option; checked: boolean }) {
  const id = `f-${param}-${option.value}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return (
    <li>
      <input type="checkbox" id={id} name={param} value={option.value} checked={checked} />
      <label for={id}>
        {option.label}
        {option.count !== null && <span class="count"> ({option.count})</span>}
      </label>
    </li>
  );
}

export function Facets({ state, facets, vocabulary }: { state: SearchState; facets: Facet[]; vocabulary: SearchVocabulary }) {
  const ui = useUi();
  return (
    <div id="facets" class="facets">
      <fieldset class="facet">
        <legend>{ui.t.usage.readyLegend}</legend>
        <ul>
          <li>
            <input type="checkbox" id="f-direct" name="direct" value="1" checked={state.ready} />
            <label for="f-direct">{ui.t.usage.readyFilter}</label>
          </li>
        </ul>
      </fieldset>
      {FILTERS.map((filter) => {
        const selected = state.filter[filter.param] ?? [];
        const options = facetOptions(filter, facets, vocabulary, selected, ui);
        if (options.length === 0) return null;
        const box = (option: Option) => <Checkbox param={filter.param} option={option} checked={selected.includes(option.value)} />;
        const rest = options.slice(VISIBLE);
        return (
          <fieldset class="facet">
            <legend>{ui.label('DIMENSION', filter.dimension)}</legend>
            <ul>{options.slice(0, VISIBLE).map(box)}</ul>
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

/**
 * The search page: one GET form holds the text, the filters and the order, so every state has a URL
 * and works without JavaScript; search.js only submits it as the reader types or ticks.
 */
import type { SearchData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { ORDERS, toSearchParams, type SearchState } from '../../lib/search-params.ts';
import { closestCategories } from '../../lib/closest.ts';
import { EntryMatches } from '../components/entry-matches.tsx';
import { Facets } from '../components/facets.tsx';
import { CompareButton, CompareForm, ToolCard } from '../components/tool-card.tsx';
import { useUi } from '../ui.ts';

export const FILTER_FORM = 'filters';

/** "Bedoelde u …?" when the text comes close to product names without naming one. */
function ProductMatch({ match }: { match: SearchData['match'] }) {
  const ui = useUi();
  const { t } = ui;
  // A product the text names is listed with the other entries it names (EntryMatches); here only near misses.
  if (!match?.product && match?.suggestions && match.suggestions.length > 0) {
    return (
      <p class="product-match">
        {t.search.didYouMean}{' '}
        {match.suggestions.map((product, index) => (
          <>
            {index > 0 && ', '}
            <a href={ui.href(paths.product(product.id))}>{t.search.productMatch(product.name)}</a>
          </>
        ))}
        ?
      </p>
    );
  }
  return null;
}

/** After a search without tools: the kinds of software whose names come closest to the text. */
function ClosestCategories({ q, data }: { q: string; data: SearchData }) {
  const ui = useUi();
  const closest = closestCategories(
    q,
    data.categories.map((c) => ({ id: c.id, name: ui.text(c.name) })),
  );
  if (closest.length === 0) return null;
  return (
    <div class="closest-categories">
      <p>{ui.t.search.closestCategories}</p>
      <ul class="pill-list">
        {closest.map((c) => (
          <li>
            <a href={ui.href(paths.search, { category: c.id })}>{c.name}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Results({ state, data }: { state: SearchState; data: SearchData }) {
  const ui = useUi();
  const { t } = ui;
  const { tools } = data;
  const next = tools.pageInfo.hasNextPage && tools.pageInfo.endCursor ? toSearchParams({ ...state, after: tools.pageInfo.endCursor }) : null;
  return (
    <section id="results" class="results" aria-labelledby="results-title" tabindex={-1}>
      <h2 id="results-title">{t.search.results(tools.totalCount)}</h2>
      {/* What the text names by name, acronym or id comes first; a near miss of a product name after it ("entree" is no "Mentimeter"). */}
      <EntryMatches q={state.q} data={data} named />
      <ProductMatch match={data.match} />
      {tools.edges.length === 0 ? (
        <>
          <p>
            {t.search.none} <a href={ui.href(`${paths.about}#tip`)}>{t.search.tipTool}</a>
          </p>
          <ClosestCategories q={state.q} data={data} />
        </>
      ) : (
        <>
          <CompareButton />
          <ul class="cards">
            {tools.edges.map(({ node }) => (
              <li>
                <ToolCard tool={node} />
              </li>
            ))}
          </ul>
        </>
      )}
      <EntryMatches q={state.q} data={data} named={false} />
      <nav class="pager" aria-label={t.search.pages}>
        {state.after && <a href={ui.href(paths.search, toSearchParams({ ...state, after: undefined }))}>{t.search.first}</a>}
        {next && (
          <a href={ui.href(paths.search, next)} rel="next">
            {t.search.next}
          </a>
        )}
      </nav>
    </section>
  );
}

export function SearchPage({ state, data }: { state: SearchState; data: SearchData }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <>
      <h1>{state.q ? t.search.titleFor(state.q) : t.search.title}</h1>
      <p class="to-results">
        <a href="#results">{t.search.toResults}</a>
      </p>
      <form id={FILTER_FORM} role="search" method="get" action={ui.href(paths.search)}>
        <label for="q">{t.search.label}</label>
        <div class="search-row">
          <input type="search" id="q" name="q" value={state.q} autocomplete="off" />
          <button type="submit">{t.search.button}</button>
        </div>
        <div class="sort">
          <label for="order">{t.search.sort}</label>
          <select id="order" name="order">
            {ORDERS.map((order) => (
              <option value={order} selected={state.orderBy === order}>
                {t.search.order[order]}
              </option>
            ))}
          </select>
        </div>
        <p id="result-status" class="visually-hidden" role="status" aria-live="polite"></p>
        <div class="search-layout">
          <aside class="filters" aria-labelledby="filters-title">
            {/* Closed on phones so the results come first; wide screens show the content (site.css). */}
            <details class="filter-panel">
              <summary>{t.search.showFilters(Object.values(state.filter).reduce((n, values) => n + values.length, state.ready ? 1 : 0))}</summary>
              <h2 id="filters-title">{t.search.filters}</h2>
              <Facets state={state} facets={data.tools.facets} vocabulary={data} />
              <p class="filter-actions">
                <button type="submit" class="apply">
                  {t.search.apply}
                </button>
                <a href={ui.href(paths.search, state.q ? { q: state.q } : undefined)}>{t.search.clear}</a>
              </p>
            </details>
          </aside>
          <Results state={state} data={data} />
        </div>
      </form>
      <CompareForm />
    </>
  );
}

/** The home page: one search box, the products schools most often want to replace, and ways to browse. */
import type { Category } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { useUi } from '../ui.ts';

/** The products school staff most often ask about, by product id. */
export const QUICK_PICKS = [
  { id: 'microsoft-teams', label: 'Teams' },
  { id: 'google-classroom', label: 'Google Classroom' },
  { id: 'zoom', label: 'Zoom' },
  { id: 'microsoft-word', label: 'Word' },
];

export interface HomeData {
  tools: { totalCount: number };
  products: { totalCount: number };
  categories: Category[];
}

export function HomePage({ data }: { data: HomeData }) {
  const ui = useUi();
  const { t } = ui;
  const categories = [...data.categories].sort((a, b) => ui.text(a.name).localeCompare(ui.text(b.name), ui.lang));
  return (
    <>
      <section class="hero">
        <h1>{t.home.title}</h1>
        <p>{t.home.intro}</p>
        <form role="search" method="get" action={ui.href(paths.search)} class="search-form">
          <label for="q">{t.home.searchLabel}</label>
          <div class="search-row">
            <input type="search" id="q" name="q" placeholder={t.home.searchPlaceholder} autocomplete="off" />
            <button type="submit">{t.home.searchButton}</button>
          </div>
        </form>
        <p class="muted">{t.home.counts(data.tools.totalCount, data.products.totalCount)}</p>
      </section>
      <section aria-labelledby="quick-picks">
        <h2 id="quick-picks">{t.home.quickPicks}</h2>
        <ul class="quick-picks">
          {QUICK_PICKS.map((pick) => (
            <li>
              <a href={ui.href(paths.product(pick.id))}>{t.home.quickPick(pick.label)}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="browse">
        <h2 id="browse">{t.home.browse}</h2>
        <ul class="pill-list">
          {categories.map((category) => (
            <li>
              <a href={ui.href(paths.search, { category: category.id })}>{ui.text(category.name)}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="more">
        <h2 id="more">{t.home.more}</h2>
        <ul class="more-links">
          <li>
            <a href={ui.href(paths.facilities)}>{t.site.facilities}</a>: {t.home.facilitiesIntro}
          </li>
          <li>
            <a href={ui.href(paths.standards)}>{t.site.standards}</a>: {t.home.standardsIntro}
          </li>
          <li>
            <a href={ui.href(paths.organisations)}>{t.site.organisations}</a>: {t.home.organisationsIntro}
          </li>
        </ul>
      </section>
    </>
  );
}

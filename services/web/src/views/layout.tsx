/** The page shell: language, skip link, navigation, language switch, JSON-LD and enhancement scripts. */
import type { PropsWithChildren } from 'hono/jsx';
import type { PageMeta } from '../env.ts';
import { curatorPaths } from '../curation/entities.ts';
import { FEED_PATH, paths } from '../lib/paths.ts';
import { jsonLdScript } from '../lib/json-ld.ts';
import { useUi } from './ui.ts';

const NAV = [
  ['search', paths.search],
  ['products', paths.products],
  ['facilities', paths.facilities],
  ['standards', paths.standards],
  ['organisations', paths.organisations],
] as const;

export function Layout({ title, description, jsonLd, scripts = [], noindex, feeds = [], children }: PropsWithChildren<PageMeta>) {
  const ui = useUi();
  const { t } = ui;
  return (
    <html lang={ui.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t.site.name}`}</title>
        <meta name="description" content={description ?? t.site.tagline} />
        {noindex && <meta name="robots" content="noindex" />}
        <link rel="canonical" href={ui.absolute(ui.path)} />
        <link rel="alternate" hreflang={ui.alternate.lang} href={ui.alternate.href} />
        {[{ title: t.site.name, href: ui.href(FEED_PATH) }, ...feeds].map((feed) => (
          <link rel="alternate" type="application/atom+xml" title={feed.title} href={feed.href} />
        ))}
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/site.css" />
        {jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />}
        {scripts.map((src) => (
          <script type="module" src={`/assets/${src}`} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.site.skip}
        </a>
        <header class="site-header">
          <a class="brand" href={ui.href(paths.home)}>
            {t.site.name}
          </a>
          <nav aria-label={t.site.nav}>
            <ul>
              {NAV.map(([key, path]) => (
                <li>
                  <a href={ui.href(path)} aria-current={ui.path === path ? 'page' : undefined}>
                    {t.site[key]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <a class="lang-switch" href={ui.alternate.href} hreflang={ui.alternate.lang} lang={ui.alternate.lang} title={t.site.otherLanguageLabel}>
            {t.site.otherLanguage}
          </a>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{t.site.footer}</p>
          <p>
            <a href={ui.href(paths.about)}>{t.site.about}</a> · <a href={ui.href(paths.widget)}>{t.site.widget}</a> ·{' '}
            <a href={ui.href(curatorPaths.home)}>{t.site.curator}</a> · <a href={ui.href('/open-data')}>Open data</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

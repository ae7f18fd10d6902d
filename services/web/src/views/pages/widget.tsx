/** The widget documented on the site: a live preview, the snippet to copy, its attributes and styling. */
import { useUi } from '../ui.ts';

export function WidgetPage() {
  const ui = useUi();
  const { t } = ui;
  const script = new URL('/widget.js', ui.absolute('/')).href;
  const element = `<edu-alternatives to="teams" lang="${ui.lang}" limit="3" sector="VO"></edu-alternatives>`;
  const snippet = `<script type="module" src="${script}"></script>\n${element}`;
  return (
    <article class="widget-doc">
      <h1>{t.widget.title}</h1>
      <p class="lead">{t.widget.intro}</p>
      <h2>{t.widget.snippetTitle}</h2>
      <p>{t.widget.snippetIntro}</p>
      <pre class="snippet" role="region" tabindex={0} aria-label={t.widget.snippetTitle}>
        <code>{snippet}</code>
      </pre>
      <h2>{t.widget.previewTitle}</h2>
      <p>{t.widget.eachItem}</p>
      <div class="widget-preview" role="region" aria-label={t.widget.previewLabel}>
        <script type="module" src="/widget.js"></script>
        <edu-alternatives to="teams" lang={ui.lang} limit="3" sector="VO" heading-level="3"></edu-alternatives>
      </div>
      <h2>{t.widget.attributesTitle}</h2>
      <div class="table-scroll">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t.widget.attribute}</th>
              <th scope="col">{t.widget.meaning}</th>
            </tr>
          </thead>
          <tbody>
            {t.widget.attributes.map(([name, meaning]) => (
              <tr>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t.widget.styleTitle}</h2>
      <p>{t.widget.style}</p>
    </article>
  );
}

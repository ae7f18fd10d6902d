/** "Over de catalogus": who curates, how entries are checked, the data's licence and how to suggest a tool. */
import { paths } from '../../lib/paths.ts';
import { useUi } from '../ui.ts';

export function AboutPage() {
  const ui = useUi();
  const { t } = ui;
  return (
    <article class="about">
      <h1>{t.about.title}</h1>
      <p class="lead">{t.about.intro}</p>
      <h2>{t.about.whoTitle}</h2>
      <p>
        {t.about.who} <a href={ui.href(paths.organisations)}>{t.site.organisations}</a>
      </p>
      <h2>{t.about.checkTitle}</h2>
      <ul>
        {t.about.check.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <h2>{t.about.dataTitle}</h2>
      <p>
        {t.about.data}{' '}
        <a href="https://creativecommons.org/publicdomain/zero/1.0/deed.nl" rel="license">
          CC0-1.0
        </a>
      </p>
      <h2 id="tip">{t.about.tipTitle}</h2>
      <p>{t.about.tip}</p>
    </article>
  );
}

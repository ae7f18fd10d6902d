/** The page after "Meld een fout": thanks, and what happens next with the report. */
import { reportWords } from '../../i18n/reports.ts';
import { useUi } from '../ui.ts';

export function ReportSentPage({ name, href, withEmail }: { name: string; href: string; withEmail: boolean }) {
  const ui = useUi();
  const words = reportWords(ui.lang);
  return (
    <article>
      <h1>{words.thanksTitle}</h1>
      <p class="lead" role="status">
        {words.thanks(name)}
      </p>
      <p>{words.next}</p>
      {withEmail && <p>{words.nextEmail}</p>}
      <p>
        <a href={href}>{words.back(name)}</a>
      </p>
    </article>
  );
}

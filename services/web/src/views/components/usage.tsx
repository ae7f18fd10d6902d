/** "Gebruikt door N scholen (x PO, y VO)" on a tool page, with the schools that opted in to be named and their approved notes. */
import type { ToolPage } from '../../gateway/types.ts';
import { useUi } from '../ui.ts';

export type ToolUsage = ToolPage['usage'];

/** "gebruikt door 3 scholen (2 PO, 1 VO)": the count with its sectors, as the API aggregates them. */
export function usageLine(usage: Pick<ToolUsage, 'schools' | 'bySector'>, count: (n: number) => string): string {
  const sectors = usage.bySector.filter((s) => s.count > 0).map((s) => `${s.count} ${s.sector}`);
  return sectors.length > 0 ? `${count(usage.schools)} (${sectors.join(', ')})` : count(usage.schools);
}

export function Usage({ usage }: { usage: ToolUsage }) {
  const ui = useUi();
  const { t } = ui;
  if (usage.schools === 0) {
    return (
      <>
        <p class="muted">{t.usage.none}</p>
        <p class="muted">
          <a href={ui.href('/school')}>{t.usage.declareHint}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <p class="usage-count">{usageLine(usage, t.usage.count)}</p>
      {usage.namedSchools.length > 0 && (
        <>
          <h3>{t.usage.named}</h3>
          <ul class="named-schools">
            {usage.namedSchools.map((s) => (
              <li>
                {s.name}
                {s.municipality && `, ${s.municipality}`}
                {s.since && ` · ${t.usage.since(ui.partialDate(s.since))}`}
                {s.contactable && ` · ${t.usage.contactable}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {usage.notes.length > 0 && (
        <>
          <h3>{t.usage.notes}</h3>
          {usage.notes.map((n) => (
            <blockquote class="usage-note">
              <p>{n.text}</p>
              <footer>
                {n.school.name}, {ui.date(n.approvedAt)}
              </footer>
            </blockquote>
          ))}
        </>
      )}
      <p class="muted">
        <a href={ui.href('/school')}>{t.usage.declareHint}</a>
      </p>
    </>
  );
}

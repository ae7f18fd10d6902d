/** "Meldingen" on the curator dashboard: readers' open problem reports, each with a link to the entry and a resolve button. */
import { curatorPaths, ENTITIES } from '../../curation/entities.ts';
import { reportWords } from '../../i18n/reports.ts';
import { useUi } from '../ui.ts';

export interface OpenReport {
  id: string;
  entityType: string;
  entityId: string;
  message: string;
  email: string | null;
  createdAt: string;
}

/** Where a report's resolve form posts. */
export const resolveReportPath = (report: { entityType: string; id: string }) =>
  `${curatorPaths.home}/meldingen/${encodeURIComponent(report.entityType)}/${encodeURIComponent(report.id)}/afhandelen`;

export function ReportList({ reports, resolved }: { reports: OpenReport[]; resolved?: boolean }) {
  const ui = useUi();
  const words = reportWords(ui.lang);
  return (
    <section aria-labelledby="reports">
      <h2 id="reports">
        {words.listTitle} ({reports.length})
      </h2>
      <p>{words.listIntro}</p>
      {resolved && (
        <p class="notice" role="status">
          {words.resolved}
        </p>
      )}
      {reports.length === 0 ? (
        <p class="muted">{words.listEmpty}</p>
      ) : (
        <ul class="entry-list reports">
          {reports.map((report) => {
            const entity = ENTITIES.find((e) => e.type === report.entityType);
            const label = `${ui.t.entities[report.entityType] ?? report.entityType} ${report.entityId}`;
            return (
              <li id={`report-${report.entityType}-${report.id}`}>
                <p>
                  <strong>{entity ? <a href={ui.href(curatorPaths.entry(entity, report.entityId))}>{label}</a> : label}</strong>
                  {entity?.publicPath && (
                    <>
                      {' · '}
                      <a href={ui.href(entity.publicPath(report.entityId))}>{ui.t.curator.publicPage}</a>
                    </>
                  )}
                  {' · '}
                  {words.reported} <time datetime={report.createdAt}>{ui.dateTime(report.createdAt)}</time>
                  {report.email && (
                    <>
                      {' · '}
                      <a href={`mailto:${report.email}`}>{report.email}</a>
                    </>
                  )}
                </p>
                <blockquote class="report-message">{report.message}</blockquote>
                <form method="post" action={ui.href(resolveReportPath(report))} class="inline-form">
                  <label for={`resolve-${report.entityType}-${report.id}`}>{words.resolveComment}</label>{' '}
                  <input type="text" id={`resolve-${report.entityType}-${report.id}`} name="comment" maxlength={2000} />{' '}
                  <button type="submit" class="secondary">
                    {words.resolve}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

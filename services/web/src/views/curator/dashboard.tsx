/** The curator's start page: the review queue (with bulk publishing), the drafts, and a way to start a new entry of each kind. */
import { curatorPaths, ENTITIES, type CuratedEntity } from '../../curation/entities.ts';
import { entryTitle, type EntryData } from '../../curation/entry-data.ts';
import { editorName } from './entry-meta.tsx';
import { useCurator, useUi } from '../ui.ts';
import { notesPath } from './notes.tsx';
import { ReportList, type OpenReport } from './reports.tsx';

export interface QueuedEntry {
  entity: CuratedEntity;
  entry: EntryData;
}

/** What a bulk publish did: the entries published, and those refused with the reasons. */
export interface BulkResult {
  published: { entity: CuratedEntity; id: string }[];
  failed: { entity: CuratedEntity; id: string; reasons: string[] }[];
  none?: boolean;
}

function EntryTable({ items, caption, empty, selectable }: { items: QueuedEntry[]; caption: string; empty: string; selectable?: boolean }) {
  const ui = useUi();
  const { t } = ui;
  if (items.length === 0) return <p class="muted">{empty}</p>;
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
      <table class="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {selectable && (
              <th scope="col">
                <span class="visually-hidden">{t.work.publishSelected}</span>
              </th>
            )}
            <th scope="col">{t.curator.entry}</th>
            <th scope="col">{t.curator.type}</th>
            <th scope="col">{t.curator.owner}</th>
            <th scope="col">{t.curator.lastEditor}</th>
            <th scope="col">{t.curator.updatedAt}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ entity, entry }) => (
            <tr>
              {selectable && (
                <td>
                  <input
                    type="checkbox"
                    name="entry"
                    value={`${entity.segment}/${entry.id}@${entry.version}`}
                    aria-label={t.work.select(entryTitle(entry, ui.lang))}
                  />
                </td>
              )}
              <th scope="row">
                <a href={ui.href(curatorPaths.entry(entity, entry.id))}>{entryTitle(entry, ui.lang)}</a>
                {entry.canPublish && <span class="badge fit-full">{t.curator.canPublish}</span>}
              </th>
              <td>{t.entities[entity.type] ?? entity.type}</td>
              <td>
                {entry.proposedBy
                  ? `${entry.owner?.name ?? t.curator.unclaimed} · ${t.curator.proposedBy} ${entry.proposedBy.name}`
                  : (entry.owner?.name ?? t.curator.unclaimed)}
              </td>
              <td>{editorName(entry.lastEditor)}</td>
              <td>
                <time datetime={entry.updatedAt}>{ui.date(entry.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BulkNotice({ result }: { result: BulkResult }) {
  const ui = useUi();
  const { t } = ui;
  if (result.none)
    return (
      <p class="notice error" role="alert">
        {t.work.bulkNone}
      </p>
    );
  return (
    <section class={result.failed.length ? 'notice error' : 'notice'} role={result.failed.length ? 'alert' : 'status'} aria-labelledby="bulk-result">
      <h2 id="bulk-result">{t.work.bulkTitle}</h2>
      <p>{t.work.bulkPublished(result.published.length)}</p>
      {result.failed.length > 0 && (
        <>
          <p>{t.work.bulkFailed(result.failed.length)}</p>
          <ul class="bulk-failures">
            {result.failed.map((f) => (
              <li>
                <a href={ui.href(curatorPaths.entry(f.entity, f.id))}>{f.id}</a>: {f.reasons.join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function DashboardPage({
  queue,
  bulk,
  reports,
  resolved,
}: {
  queue: QueuedEntry[];
  bulk?: BulkResult | undefined;
  reports: OpenReport[];
  resolved?: boolean;
}) {
  const ui = useUi();
  const { t } = ui;
  const curator = useCurator();
  const inReview = queue.filter((q) => q.entry.entryStatus === 'IN_REVIEW');
  return (
    <>
      <h1>{t.curator.title}</h1>
      {curator && (
        <form method="post" action={ui.href(curatorPaths.signOut)} class="signed-in">
          <span>{t.curator.signedInAs(curator.name, curator.org)}</span>{' '}
          <button type="submit" class="secondary">
            {t.curator.signOut}
          </button>
        </form>
      )}
      {bulk && <BulkNotice result={bulk} />}
      <p>
        <a href={ui.href(curatorPaths.work)}>{t.work.link}</a>
      </p>
      <p>
        <a href={ui.href(notesPath)}>{t.notes.link}</a>
      </p>
      <section aria-labelledby="queue">
        <h2 id="queue">{t.curator.queue}</h2>
        <p>{t.curator.queueIntro}</p>
        {inReview.length > 0 && <p>{t.work.bulkIntro}</p>}
        <form method="post" action={ui.href(curatorPaths.bulkPublish)}>
          <EntryTable items={inReview} caption={t.curator.queue} empty={t.curator.queueEmpty} selectable />
          {inReview.length > 0 && <button type="submit">{t.work.publishSelected}</button>}
        </form>
      </section>
      <ReportList reports={reports} resolved={resolved} />
      <section aria-labelledby="archive-queue">
        <h2 id="archive-queue">{t.curator.archiveQueue}</h2>
        <EntryTable
          items={queue.filter((q) => q.entry.entryStatus === 'ARCHIVE_REQUESTED')}
          caption={t.curator.archiveQueue}
          empty={t.curator.archiveQueueEmpty}
        />
      </section>
      <section aria-labelledby="drafts">
        <h2 id="drafts">{t.curator.drafts}</h2>
        <EntryTable items={queue.filter((q) => q.entry.entryStatus === 'DRAFT')} caption={t.curator.drafts} empty={t.curator.draftsEmpty} />
      </section>
      <section aria-labelledby="create">
        <h2 id="create">{t.curator.create}</h2>
        <ul class="pill-list">
          {ENTITIES.map((entity) => (
            <li>
              <a href={ui.href(curatorPaths.create(entity))}>{t.curator.createOf(t.entities[entity.type] ?? entity.type)}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

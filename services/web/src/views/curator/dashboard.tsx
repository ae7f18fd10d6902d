/** The curator's start page: the review queue, the drafts, and a way to start a new entry of each kind. */
import { curatorPaths, ENTITIES, type CuratedEntity } from '../../curation/entities.ts';
import { entryTitle, type EntryData } from '../../curation/entry-data.ts';
import { editorName } from './entry-meta.tsx';
import { useCurator, useUi } from '../ui.ts';
import { ReportList, type OpenReport } from './reports.tsx';

export interface QueuedEntry {
  entity: CuratedEntity;
  entry: EntryData;
}

function EntryTable({ items, caption, empty }: { items: QueuedEntry[]; caption: string; empty: string }) {
  const ui = useUi();
  const { t } = ui;
  if (items.length === 0) return <p class="muted">{empty}</p>;
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
      <table class="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
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

export function DashboardPage({ queue, reports, resolved }: { queue: QueuedEntry[]; reports: OpenReport[]; resolved?: boolean }) {
  const ui = useUi();
  const { t } = ui;
  const curator = useCurator();
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
      <section aria-labelledby="queue">
        <h2 id="queue">{t.curator.queue}</h2>
        <p>{t.curator.queueIntro}</p>
        <EntryTable items={queue.filter((q) => q.entry.entryStatus === 'IN_REVIEW')} caption={t.curator.queue} empty={t.curator.queueEmpty} />
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

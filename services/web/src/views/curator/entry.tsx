/** A curator's view of one entry: where it is in the workflow, what is pending, and what can be done next. */
import type { CuratedEntity, WorkflowAction } from '../../curation/entities.ts';
import { curatorPaths } from '../../curation/entities.ts';
import { entryTitle, type EntryData } from '../../curation/entry-data.ts';
import type { Problem } from '../../curation/problems.ts';
import { localizeProblems } from '../../curation/problem-words.ts';
import { ActionForm, EntryComments } from './action-form.tsx';
import { ChangesTable, type FieldChange } from './change-diff.tsx';
import { EntryMeta } from './entry-meta.tsx';
import { useUi } from '../ui.ts';

const ACTION_WHEN: Record<WorkflowAction, (entry: EntryData) => boolean> = {
  submit: (entry) => entry.entryStatus === 'DRAFT',
  publish: (entry) => entry.entryStatus === 'IN_REVIEW',
  sendBack: (entry) => entry.entryStatus === 'IN_REVIEW',
  archive: (entry) => entry.entryStatus === 'PUBLISHED' || entry.entryStatus === 'ARCHIVE_REQUESTED',
  restore: (entry) => entry.entryStatus === 'ARCHIVE_REQUESTED' || entry.entryStatus === 'ARCHIVED',
};

export interface EntryPageProps {
  entity: CuratedEntity;
  entry: EntryData;
  /** The pending changes as the reviewer reads them (review-diff.ts). */
  changes: FieldChange[];
  done?: string | undefined;
  problems: Problem[];
}

export function EntryPage({ entity, entry, changes, done, problems }: EntryPageProps) {
  const ui = useUi();
  const { t } = ui;
  const title = entryTitle(entry, ui.lang);
  const actions = (['submit', 'publish', 'sendBack', 'archive', 'restore'] as const).filter((a) => ACTION_WHEN[a](entry));
  return (
    <article>
      <p class="muted">{t.entities[entity.type] ?? entity.type}</p>
      <h1>{title}</h1>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
      {problems.length > 0 && (
        <div class="notice error" role="alert">
          <p>{t.curator.actionFailed}</p>
          <ul>
            {localizeProblems(problems, ui).map((p) => (
              <li>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <EntryMeta entry={entry} />
      <p class="entry-links">
        {entry.entryStatus !== 'ARCHIVED' && entry.entryStatus !== 'ARCHIVE_REQUESTED' && (
          <a href={ui.href(curatorPaths.edit(entity, entry.id))}>{t.curator.edit}</a>
        )}{' '}
        <a href={ui.href(curatorPaths.history(entity, entry.id))}>{t.curator.history}</a>{' '}
        {entity.publicPath && entry.published && <a href={ui.href(entity.publicPath(entry.id))}>{t.curator.publicPage}</a>}
      </p>
      <EntryComments entry={entry} />
      <section aria-labelledby="pending">
        <h2 id="pending">{t.curator.pendingChanges}</h2>
        {entry.draft ? <ChangesTable changes={changes} caption={t.curator.pendingChanges} /> : <p class="muted">{t.curator.noPendingChanges}</p>}
      </section>
      {actions.map((action) => (
        <section aria-labelledby={`action-${action}`}>
          <h2 id={`action-${action}`}>{t.curator.actions[action]}</h2>
          <ActionForm entity={entity} entry={entry} action={action} />
        </section>
      ))}
    </article>
  );
}

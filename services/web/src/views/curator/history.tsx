/** An entry's history, newest first: who did what when, with every changed field as a diff. */
import type { CuratedEntity } from '../../curation/entities.ts';
import { curatorPaths } from '../../curation/entities.ts';
import { entryTitle, type EntryData } from '../../curation/entry-data.ts';
import { ChangesTable } from './change-diff.tsx';
import { useUi } from '../ui.ts';

export function HistoryPage({ entity, entry }: { entity: CuratedEntity; entry: EntryData }) {
  const ui = useUi();
  const { t } = ui;
  const revisions = [...(entry.history ?? [])].sort((a, b) => b.version - a.version || b.at.localeCompare(a.at));
  return (
    <article>
      <h1>{t.curator.historyTitle(entryTitle(entry, ui.lang))}</h1>
      <p>
        <a href={ui.href(curatorPaths.entry(entity, entry.id))}>{t.curator.open}</a>
      </p>
      <ol class="revisions" reversed>
        {revisions.map((revision, index) => {
          const heading = `${t.curator.revision(revision.version)}: ${ui.label('REVISION_ACTION', revision.action)}`;
          return (
            <li>
              <h2 id={`revision-${index}`}>{heading}</h2>
              <p>
                {t.curator.by(revision.actor.name ?? revision.actor.sub, revision.actor.organisation?.name ?? null)},{' '}
                <time datetime={revision.at}>{ui.dateTime(revision.at)}</time>
              </p>
              {revision.comment && <blockquote>{revision.comment}</blockquote>}
              <ChangesTable changes={revision.changes ?? []} caption={heading} />
            </li>
          );
        })}
      </ol>
    </article>
  );
}

/**
 * One workflow action on an entry page. Publishing and sending back are bound to the version shown;
 * sending back needs a comment for the editor; archiving needs a reason and a confirmation.
 */
import { curatorPaths, type CuratedEntity, type WorkflowAction } from '../../curation/entities.ts';
import type { EntryData } from '../../curation/entry-data.ts';
import { useUi } from '../ui.ts';

export function ActionForm({ entity, entry, action }: { entity: CuratedEntity; entry: EntryData; action: WorkflowAction }) {
  const ui = useUi();
  const { t } = ui;
  const id = `comment-${action}`;
  const archiving = action === 'archive';
  // The request of an archive names the reason; the second curator confirms it.
  const needsComment = action === 'sendBack' || (archiving && entry.entryStatus === 'PUBLISHED');
  const label = action === 'sendBack' ? t.work.sendBackComment : needsComment ? t.work.archiveReason : t.curator.comment;
  return (
    <form method="post" action={ui.href(curatorPaths.action(entity, entry.id, action))} class="action-form">
      {action === 'sendBack' && <p>{t.work.sendBackIntro}</p>}
      {action === 'restore' && entry.entryStatus === 'ARCHIVED' && <p>{t.work.restoreIntro}</p>}
      <div class="field">
        <label for={id}>{label}</label>
        <textarea id={id} name="comment" rows={2} required={needsComment}></textarea>
      </div>
      {/* The reviewer answers the version shown here; a newer one gets a conflict instead. */}
      {(action === 'publish' || action === 'sendBack') && <input type="hidden" name="expectedVersion" value={String(entry.version)} />}
      {action === 'publish' && !entry.canPublish && <p class="muted">{t.curator.fourEyes}</p>}
      {archiving && entry.entryStatus === 'PUBLISHED' && <p class="muted">{t.curator.archiveNeedsTwo}</p>}
      {archiving && (
        <div class="field checkbox">
          <input type="checkbox" id={`confirm-${action}`} name="confirm" value="yes" required />
          <label for={`confirm-${action}`}>{t.work.archiveConfirm}</label>
        </div>
      )}
      <button type="submit" class={action === 'sendBack' || archiving ? 'secondary' : undefined}>
        {t.curator.actions[action]}
      </button>
    </form>
  );
}

/** What the editors and reviewers wrote since the entry was last published, oldest first. */
export function EntryComments({ entry }: { entry: EntryData }) {
  const ui = useUi();
  const { t } = ui;
  const history = [...(entry.history ?? [])].sort((a, b) => a.version - b.version);
  const lastPublish = history.findLastIndex((r) => r.action === 'PUBLISH');
  const comments = history.slice(lastPublish + 1).filter((r) => r.comment?.trim());
  if (comments.length === 0) return null;
  return (
    <section aria-labelledby="comments">
      <h2 id="comments">{t.work.comments}</h2>
      <ul class="comments">
        {comments.map((r) => (
          <li>
            <p class="muted">
              {ui.label('REVISION_ACTION', r.action)} · {t.curator.by(r.actor.name ?? r.actor.sub, r.actor.organisation?.name ?? null)},{' '}
              <time datetime={r.at}>{ui.dateTime(r.at)}</time>
            </p>
            <blockquote>{r.comment}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}

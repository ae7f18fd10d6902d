/** The curator's list of schools' experience notes waiting for approval, each with approve and "niet publiceren" (with a reason). */
import type { PendingUsageNotesQuery } from '../../gateway/operations.generated.ts';
import { paths } from '../../lib/paths.ts';
import { useUi } from '../ui.ts';

export type PendingNote = PendingUsageNotesQuery['pendingUsageNotes'][number];
export const notesPath = '/redactie/ervaringen';

function Note({ note, problem }: { note: PendingNote; problem: string | undefined }) {
  const ui = useUi();
  const { t } = ui;
  const id = note.declaration;
  return (
    <li class="pending-note" id={`note-${id}`}>
      <h2>
        <a href={ui.href(paths.tool(note.tool.id))}>{note.tool.name}</a>
      </h2>
      <p class="muted">
        {note.school ? [note.school.name, note.school.municipality].filter(Boolean).join(', ') : t.notes.anonymous} ·{' '}
        <time datetime={note.updatedAt}>{ui.date(note.updatedAt)}</time>
      </p>
      <blockquote class="usage-note">
        <p>{note.note}</p>
      </blockquote>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      <form method="post" action={ui.href(`${notesPath}/${id}/goedkeuren`)} class="inline-form">
        <input type="hidden" name="version" value={String(note.version)} />
        <button type="submit">{t.notes.approve}</button>
      </form>
      <form method="post" action={ui.href(`${notesPath}/${id}/afwijzen`)} class="inline-form">
        <input type="hidden" name="version" value={String(note.version)} />
        <div class="field">
          <label for={`reason-${id}`}>{t.notes.reason}</label>
          <input type="text" id={`reason-${id}`} name="reason" maxlength={500} />
        </div>
        <button type="submit" class="secondary">
          {t.notes.reject}
        </button>
      </form>
    </li>
  );
}

export function NotesPage({ notes, done, problem }: { notes: PendingNote[]; done?: string; problem?: { declaration: string; message: string } }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <>
      <h1>{t.notes.title}</h1>
      <p>{t.notes.intro}</p>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
      {notes.length === 0 ? (
        <p class="muted">{t.notes.none}</p>
      ) : (
        <ul class="pending-notes">
          {notes.map((note) => (
            <Note note={note} problem={problem?.declaration === note.declaration ? problem.message : undefined} />
          ))}
        </ul>
      )}
    </>
  );
}

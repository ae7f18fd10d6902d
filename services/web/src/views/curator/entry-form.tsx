/** Create or edit an entry: the API's messages summed up on top and beside each field, a conflict kept honest. */
import type { FormField } from '../../curation/form-model.ts';
import type { Problem } from '../../curation/problems.ts';
import { localizeProblems } from '../../curation/problem-words.ts';
import { holdsPath, sectionsOf } from '../../curation/form-sections.ts';
import { versionName, type ReplacesProps } from '../../curation/replaces.ts';
import { fieldId, Fields, type FormState, type Vocabulary } from './form-fields.tsx';
import { useUi } from '../ui.ts';

export interface EntryFormProps {
  title: string;
  action: string;
  cancel: string;
  fields: FormField[];
  content: Record<string, unknown>;
  problems: Problem[];
  vocabulary: Vocabulary;
  /** On update: the version the curator edits (after a conflict: the current one). */
  expectedVersion?: number | undefined;
  /** Set after a CONFLICT: the version someone else saved, and where to see it. */
  conflict?: { version: number; href: string } | undefined;
  comment?: string | undefined;
  /** A tool's "vervangt" mappings, edited in its relations part. */
  replaces?: ReplacesProps | undefined;
}

/** The paths a form renders, so a message for one becomes a link to it. */
function renderedPaths(fields: FormField[]): (path: string) => boolean {
  return (path) => {
    const template = path.replace(/\.\d+(?=\.|$)/g, '.#');
    const walk = (list: FormField[]): boolean => list.some((f) => f.path === template || walk(f.children ?? []));
    return walk(fields);
  };
}

/** The tool's mappings as rows of an Alternative form, with the version each was loaded at. */
function ReplacesFields({ replaces, state }: { replaces: ReplacesProps; state: FormState }) {
  const { t } = useUi();
  return (
    <div class="replaces">
      <p class="hint">{t.work.replacesIntro}</p>
      {replaces.versions.map(([id, version]) => (
        <input type="hidden" name={versionName(id)} value={String(version)} />
      ))}
      <Fields fields={[replaces.field]} state={{ ...state, content: { replaces: replaces.rows } }} />
    </div>
  );
}

export function EntryForm(given: EntryFormProps) {
  const ui = useUi();
  const { t } = ui;
  const props = { ...given, problems: localizeProblems(given.problems, ui) };
  const byPath = new Map<string, string[]>();
  for (const p of props.problems) if (p.path) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p.message]);
  const linkable = renderedPaths(props.fields);
  const sections = sectionsOf(props.fields);
  const state = { content: props.content, problems: byPath, vocabulary: props.vocabulary };
  return (
    <>
      <h1>{props.title}</h1>
      {props.conflict && (
        <div class="notice error" role="alert">
          <p>{t.curator.conflict(props.conflict.version)}</p>
          <p>
            <a href={props.conflict.href} target="_blank" rel="noopener">
              {t.curator.viewCurrent}
            </a>
          </p>
        </div>
      )}
      {props.problems.length > 0 && (
        <div class="notice error" role="alert" aria-labelledby="form-errors" tabindex={-1}>
          <h2 id="form-errors">{t.curator.formErrors}</h2>
          <ul>
            {props.problems.map((p) => (
              <li>
                {p.path && linkable(p.path) ? <a href={`#${fieldId(p.path)}`}>{p.path}</a> : <code>{p.path ?? t.curator.entry}</code>}: <span>{p.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={props.action} class="entry-form" novalidate>
        {props.expectedVersion !== undefined && <input type="hidden" name="expectedVersion" value={String(props.expectedVersion)} />}
        <nav aria-label={t.work.sectionNav} class="form-sections">
          <ul class="pill-list">
            {sections.map((section) => (
              <li>
                <a href={`#section-${section.name}`}>{t.work.sections[section.name]}</a>
              </li>
            ))}
          </ul>
        </nav>
        {/* Without JavaScript: <details> parts, basis open, and every part that holds a problem. */}
        {sections.map((section, index) => (
          <details
            id={`section-${section.name}`}
            class="form-section"
            open={index === 0 || props.problems.some((p) => p.path && holdsPath(section.fields, p.path))}
          >
            <summary>{t.work.sections[section.name]}</summary>
            <Fields fields={section.fields} state={state} />
            {section.name === 'relaties' && props.replaces && <ReplacesFields replaces={props.replaces} state={state} />}
          </details>
        ))}
        <div class="field">
          <label for="comment">{t.curator.comment}</label>
          <textarea id="comment" name="comment" rows={2}>
            {props.comment ?? ''}
          </textarea>
        </div>
        {/* The save bar stays in view (CSS sticky) however long the form is. */}
        <p class="form-actions save-bar">
          <button type="submit">{t.curator.save}</button>{' '}
          <button type="submit" name="then" value="submit" class="secondary">
            {t.work.saveAndSubmit}
          </button>{' '}
          <a href={props.cancel}>{t.curator.cancel}</a>
        </p>
      </form>
    </>
  );
}

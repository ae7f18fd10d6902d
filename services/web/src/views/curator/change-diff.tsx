/** One field's change as a word-level diff (jsdiff): what was removed struck out, what was added marked. */
import { diffWords } from 'diff';
import { useUi } from '../ui.ts';

/** Strings as they are; lists and objects as compact JSON, so their parts diff word by word too. */
const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');

export function ChangeDiff({ old, new: next }: { old: unknown; new: unknown }) {
  const ui = useUi();
  const before = asText(old);
  const after = asText(next);
  if (!before && !after) return <span class="muted">{ui.t.curator.empty}</span>;
  return (
    <span class="diff">
      {diffWords(before, after).map((part) =>
        part.removed ? (
          <>
            <del>{part.value}</del>{' '}
          </>
        ) : part.added ? (
          <ins>{part.value}</ins>
        ) : (
          part.value
        ),
      )}
    </span>
  );
}

export interface FieldChange {
  field: string;
  /** The field in words (`Licentie › Expressie`), when the page knows the form. */
  label?: string;
  old: unknown;
  new: unknown;
}

/** A table of field changes: field, old value, new value, and the diff between them. */
export function ChangesTable({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  const ui = useUi();
  const { t } = ui;
  if (changes.length === 0) return <p class="muted">{t.curator.noChanges}</p>;
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
      <table class="data changes">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.curator.field}</th>
            <th scope="col">
              {t.curator.before} → {t.curator.after}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr>
              <th scope="row">
                {change.label && <span class="field-label">{change.label} </span>}
                <code class={change.label ? 'muted' : undefined}>{change.field}</code>
              </th>
              <td>
                <ChangeDiff old={change.old} new={change.new} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

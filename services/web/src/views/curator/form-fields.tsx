/**
 * The fields of a curator form, rendered from the form model: inputs named by their input path, the
 * API's message beside a field it names (aria-describedby, aria-invalid), choices for enums and ids.
 */
import type { Child } from 'hono/jsx';
import type { FormField } from '../../curation/form-model.ts';
import { concrete, rowCountName, valueAt } from '../../curation/form-data.ts';
import { useUi } from '../ui.ts';

export type Vocabulary = Map<string, { id: string; name: string }[]>;

export interface FormState {
  /** What the form shows: the entry's content, or what the curator typed. */
  content: Record<string, unknown>;
  /** The API's messages by input path. */
  problems: Map<string, string[]>;
  vocabulary: Vocabulary;
}

export const fieldId = (path: string) => `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

const asString = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

function Message({ id, messages }: { id: string; messages: string[] }) {
  return (
    <p class="field-error" id={`${id}-error`}>
      {messages.map((m) => (
        <span>{m} </span>
      ))}
    </p>
  );
}

/** Label, hint and message around one input control. */
function Control({
  field,
  path,
  state,
  children,
}: {
  field: FormField;
  path: string;
  state: FormState;
  children: (describedBy: string | undefined, invalid: boolean) => Child;
}) {
  const ui = useUi();
  const id = fieldId(path);
  const messages = state.problems.get(path) ?? [];
  const hint = field.kind === 'lines' ? ui.t.curator.linesHint : null;
  const describedBy = [messages.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{ui.fieldLabel(field.name)}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {messages.length > 0 && <Message id={id} messages={messages} />}
      {children(describedBy, messages.length > 0)}
    </div>
  );
}

/** A group of checkboxes (enum lists, id lists) in a fieldset. */
function Choices({
  field,
  path,
  state,
  options,
  selected,
}: {
  field: FormField;
  path: string;
  state: FormState;
  options: { value: string; label: string }[];
  selected: string[];
}) {
  const ui = useUi();
  const id = fieldId(path);
  const messages = state.problems.get(path) ?? [];
  const boxes = options.map((option) => (
    <li>
      <input type="checkbox" id={`${id}-${option.value}`} name={path} value={option.value} checked={selected.includes(option.value)} />
      <label for={`${id}-${option.value}`}>{option.label}</label>
    </li>
  ));
  return (
    <fieldset class="field choices" id={id} aria-describedby={messages.length ? `${id}-error` : undefined}>
      <legend>{ui.fieldLabel(field.name)}</legend>
      {messages.length > 0 && <Message id={id} messages={messages} />}
      {options.length > 8 ? (
        <details open={selected.length > 0 || messages.length > 0}>
          <summary>{ui.t.curator.selected(selected.length)}</summary>
          <ul>{boxes}</ul>
        </details>
      ) : (
        <ul>{boxes}</ul>
      )}
    </fieldset>
  );
}

function Field({ field, state, indexes }: { field: FormField; state: FormState; indexes: number[] }) {
  const ui = useUi();
  const { t } = ui;
  const path = concrete(field.path, indexes);
  const value = valueAt(state.content, path);
  const id = fieldId(path);
  const refOptions = field.refType ? state.vocabulary.get(field.refType) : undefined;
  switch (field.kind) {
    case 'group':
      return (
        <fieldset class="group" id={id}>
          <legend>{ui.fieldLabel(field.name)}</legend>
          {state.problems.has(path) && <Message id={id} messages={state.problems.get(path) ?? []} />}
          <Fields fields={field.children ?? []} state={state} indexes={indexes} />
        </fieldset>
      );
    case 'groupList': {
      // Every existing row plus one empty row to add another; an emptied row is dropped on save.
      const rows = (Array.isArray(value) ? value.length : 0) + 1;
      return (
        <fieldset class="group" id={id}>
          <legend>{ui.fieldLabel(field.name)}</legend>
          {state.problems.has(path) && <Message id={id} messages={state.problems.get(path) ?? []} />}
          <input type="hidden" name={rowCountName(path)} value={String(rows)} />
          {Array.from({ length: rows }, (_, i) => (
            <fieldset class="row">
              <legend>{t.curator.row(ui.fieldLabel(field.name), i + 1)}</legend>
              <Fields fields={field.children ?? []} state={state} indexes={[...indexes, i]} />
            </fieldset>
          ))}
        </fieldset>
      );
    }
    case 'enumList':
      return (
        <Choices
          field={field}
          path={path}
          state={state}
          options={(field.values ?? []).map((v) => ({ value: v, label: ui.enumLabel(field.enumType ?? '', v) }))}
          selected={asList(value)}
        />
      );
    case 'refList':
      if (refOptions)
        return <Choices field={field} path={path} state={state} options={refOptions.map((r) => ({ value: r.id, label: r.name }))} selected={asList(value)} />;
      return <Lines field={field} path={path} state={state} value={asList(value).join('\n')} />;
    case 'lines':
      return <Lines field={field} path={path} state={state} value={asList(value).join('\n')} />;
    case 'longText':
      return (
        <Control field={field} path={path} state={state}>
          {(describedBy, invalid) => (
            <textarea id={id} name={path} rows={3} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}>
              {asString(value)}
            </textarea>
          )}
        </Control>
      );
    case 'enum':
    case 'boolean':
    case 'ref': {
      const options =
        field.kind === 'enum'
          ? (field.values ?? []).map((v) => ({ value: v, label: ui.enumLabel(field.enumType ?? '', v) }))
          : field.kind === 'boolean'
            ? [
                { value: 'true', label: t.curator.yes },
                { value: 'false', label: t.curator.no },
              ]
            : (refOptions ?? []).map((r) => ({ value: r.id, label: r.name }));
      if (field.kind === 'ref' && !refOptions) return <Text field={field} path={path} state={state} value={asString(value)} />;
      const current = asString(value);
      if (current && !options.some((o) => o.value === current)) options.unshift({ value: current, label: current });
      return (
        <Control field={field} path={path} state={state}>
          {(describedBy, invalid) => (
            <select id={id} name={path} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}>
              <option value="">{field.kind === 'boolean' ? t.curator.unknown : t.curator.choose}</option>
              {options.map((o) => (
                <option value={o.value} selected={o.value === current}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Control>
      );
    }
    default:
      return <Text field={field} path={path} state={state} value={asString(value)} />;
  }
}

function Text({ field, path, state, value }: { field: FormField; path: string; state: FormState; value: string }) {
  return (
    <Control field={field} path={path} state={state}>
      {(describedBy, invalid) => (
        <input
          type="text"
          id={fieldId(path)}
          name={path}
          value={value}
          inputmode={field.kind === 'int' ? 'numeric' : field.kind === 'float' ? 'decimal' : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
        />
      )}
    </Control>
  );
}

function Lines({ field, path, state, value }: { field: FormField; path: string; state: FormState; value: string }) {
  return (
    <Control field={field} path={path} state={state}>
      {(describedBy, invalid) => (
        <textarea id={fieldId(path)} name={path} rows={3} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}>
          {value}
        </textarea>
      )}
    </Control>
  );
}

export function Fields({ fields, state, indexes = [] }: { fields: FormField[]; state: FormState; indexes?: number[] }) {
  return (
    <>
      {fields.map((field) => (
        <Field field={field} state={state} indexes={indexes} />
      ))}
    </>
  );
}

/**
 * The pending changes as a reviewer should read them: defaults the form filled in (a value the API
 * already showed for an absent field, an empty list) and reordered unordered lists are left out;
 * fields and enum or reference values are named in words (`hosting` `SAAS_NL` -> "Hosting",
 * "SaaS in Nederland"). The API's diff stays the record (history); this is only how it is shown.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Ui } from '../i18n/i18n.ts';
import type { FieldChange } from '../views/curator/change-diff.tsx';
import type { Vocabulary } from '../views/curator/form-fields.tsx';
import { valueAt } from './form-data.ts';
import type { FormField } from './form-model.ts';

const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0);
const isScalarList = (value: unknown): value is (string | number | boolean)[] =>
  Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
const sorted = (list: unknown[]) => list.map((v) => JSON.stringify(v)).sort();

/** The form field a change's path names (`license.caveats.0.kind`), with the labels of each step. */
function fieldAt(fields: FormField[], path: string, ui: Ui): { field: FormField | undefined; label: string } {
  const labels: string[] = [];
  let list: FormField[] | undefined = fields;
  let field: FormField | undefined;
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part)) {
      labels[labels.length - 1] = `${labels.at(-1)} ${Number(part) + 1}`;
      continue;
    }
    field = list?.find((f) => f.name === part);
    labels.push(ui.fieldLabel(part));
    list = field?.children;
  }
  return { field, label: labels.join(' › ') };
}

/** One value in words: enum labels, referenced entries by name, yes/no. */
function inWords(field: FormField | undefined, value: unknown, ui: Ui, vocabulary: Vocabulary): unknown {
  if (value == null || !field) return value;
  const one = (v: unknown): unknown => {
    if (typeof v !== 'string' && typeof v !== 'boolean') return v;
    if (field.enumType && typeof v === 'string') return ui.enumLabel(field.enumType, v);
    if (field.refType && typeof v === 'string') return vocabulary.get(field.refType)?.find((r) => r.id === v)?.name ?? v;
    if (typeof v === 'boolean') return v ? ui.t.curator.yes : ui.t.curator.no;
    return v;
  };
  if (Array.isArray(value)) return value.every((v) => v === null || typeof v !== 'object') ? value.map(one).join(', ') : value;
  return one(value);
}

/**
 * `changes` (the API's pendingChanges) as the reviewer sees them. `shown` is the published content
 * in input shape (what the form was filled with), so a value the form merely carried over is a default.
 */
export function reviewChanges(changes: FieldChange[], fields: FormField[], shown: Record<string, unknown>, ui: Ui, vocabulary: Vocabulary): FieldChange[] {
  return changes
    .filter((change) => {
      if (change.old == null && (isEmpty(change.new) || isDeepStrictEqual(change.new, valueAt(shown, change.field)))) return false;
      if (isScalarList(change.old) && isScalarList(change.new) && isDeepStrictEqual(sorted(change.old), sorted(change.new))) return false;
      return true;
    })
    .map((change) => {
      const { field, label } = fieldAt(fields, change.field, ui);
      return { field: change.field, label, old: inWords(field, change.old, ui, vocabulary), new: inWords(field, change.new, ui, vocabulary) };
    });
}

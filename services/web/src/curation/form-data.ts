/** Between a form post and an input object: parse what the curator typed, and find a value by its path. */
import type { FormField } from './form-model.ts';

/** A submitted form: every value of a name (checkboxes repeat). */
export type FormValues = (name: string) => string[];

/** `sources.#.url` with indexes [2] -> `sources.2.url`. */
export function concrete(path: string, indexes: number[]): string {
  let i = 0;
  return path.replace(/#/g, () => String(indexes[i++] ?? 0));
}

/** The hidden field that says how many rows of a list the form showed. */
export const rowCountName = (path: string) => `${path}.rows`;

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isEmpty));

const orNothing = <T>(list: T[]) => (list.length > 0 ? list : undefined);

function parseField(field: FormField, form: FormValues, indexes: number[]): unknown {
  const path = concrete(field.path, indexes);
  const one = (form(path)[0] ?? '').trim();
  switch (field.kind) {
    case 'text':
    case 'longText':
    case 'ref':
      // A required field left empty is sent empty, so the API names it in its message.
      return one || (field.required ? '' : undefined);
    case 'int':
      return one === '' ? undefined : Number.isInteger(Number(one)) ? Number(one) : one;
    case 'float': {
      // A Dutch decimal comma is a decimal point; anything else not a number goes on for the API to name.
      const number = Number(one.replace(',', '.'));
      return one === '' ? undefined : Number.isFinite(number) ? number : one;
    }
    case 'boolean':
      return one === 'true' ? true : one === 'false' ? false : undefined;
    case 'enum':
      return one || undefined;
    // An empty list is left out: the API reads an absent field as "none", and may refuse an empty one.
    case 'enumList':
    case 'refList':
      return orNothing(form(path).filter(Boolean));
    case 'lines':
      return orNothing(
        one
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      );
    case 'group': {
      const value = parseFields(field.children ?? [], form, indexes);
      return isEmpty(value) && !field.required ? undefined : value;
    }
    case 'groupList': {
      const rows = Number(form(rowCountName(path))[0] ?? 0);
      return orNothing(
        Array.from({ length: Number.isInteger(rows) ? Math.min(rows, 100) : 0 }, (_, i) => parseFields(field.children ?? [], form, [...indexes, i])).filter(
          (row) => !isEmpty(row),
        ),
      );
    }
  }
}

export function parseFields(fields: FormField[], form: FormValues, indexes: number[] = []): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const value = parseField(field, form, indexes);
    if (value !== undefined) result[field.name] = value;
  }
  return result;
}

/** The value at a dotted path (`license.caveats.0.kind`) of an input object. */
export function valueAt(content: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), content);
}

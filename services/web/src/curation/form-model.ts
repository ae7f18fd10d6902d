/**
 * A curator form, derived from the API's input type (ToolInput ...) and the output type its values
 * are read back from (Tool ...): one field per input field, nested groups for input objects, and
 * choices for enums and for ids that refer to other entries.
 */
import { unwrap, type SchemaModel } from './schema-model.ts';

export type FieldKind = 'text' | 'longText' | 'int' | 'float' | 'boolean' | 'enum' | 'enumList' | 'ref' | 'refList' | 'lines' | 'group' | 'groupList';

export interface FormField {
  name: string;
  /** The input path as the API names it in errors, without `input.` (`license.caveats.0.kind`). */
  path: string;
  kind: FieldKind;
  required: boolean;
  description: string | null;
  /** enum, enumList: the GraphQL enum and its values. */
  enumType?: string;
  values?: string[];
  /** ref, refList: the output type the id refers to (Category, Standard ...). */
  refType?: string;
  /** group, groupList: the fields of one item; paths hold `#` where a list index goes. */
  children?: FormField[];
  /** Whether the output type has the field, so the published value can be read back. */
  readable: boolean;
  /** The output field it is read back from when that has another name (`recommend` <- `recommended`). */
  readFrom?: string;
}

/** Input fields whose output field has another name, by `<OutputType>.<inputField>`. */
const READ_FROM: Record<string, string> = { 'Advice.recommend': 'recommended' };

// Fields (or localized fields) whose text runs to sentences: a textarea rather than one line.
const LONG = new Set(['summary', 'description', 'notes', 'note', 'howToConnect', 'accessibility', 'dataLocation', 'processorAgreement']);

export function buildForm(
  model: SchemaModel,
  inputType: string,
  outputType: string | null,
  options: { prefix?: string; parent?: string; omit?: string[] } = {},
): FormField[] {
  const input = model.get(inputType);
  const output = outputType ? model.get(outputType) : undefined;
  return (input?.inputFields ?? [])
    .filter((field) => !options.omit?.includes(field.name))
    .map((field): FormField => {
      const type = unwrap(field.type);
      const readFrom = outputType ? READ_FROM[`${outputType}.${field.name}`] : undefined;
      const outputField = output?.fields?.find((f) => f.name === (readFrom ?? field.name));
      const outputNamed = outputField ? unwrap(outputField.type) : null;
      const path = options.prefix ? `${options.prefix}.${field.name}` : field.name;
      const base = {
        name: field.name,
        path,
        required: type.required,
        description: field.description,
        readable: Boolean(outputField),
        ...(readFrom ? { readFrom } : {}),
      };
      if (type.kind === 'INPUT_OBJECT') {
        const childPrefix = type.list ? `${path}.#` : path;
        const children = buildForm(model, type.name, outputNamed?.name ?? null, { prefix: childPrefix, parent: field.name });
        return { ...base, kind: type.list ? 'groupList' : 'group', children };
      }
      if (type.kind === 'ENUM') {
        const values = (model.get(type.name)?.enumValues ?? []).map((v) => v.name);
        return { ...base, kind: type.list ? 'enumList' : 'enum', enumType: type.name, values };
      }
      if (outputNamed?.kind === 'OBJECT' && (type.name === 'ID' || type.name === 'String')) {
        return { ...base, kind: type.list ? 'refList' : 'ref', refType: outputNamed.name };
      }
      if (type.list) return { ...base, kind: 'lines' };
      if (type.name === 'Boolean') return { ...base, kind: 'boolean' };
      if (type.name === 'Int') return { ...base, kind: 'int' };
      if (type.name === 'Float') return { ...base, kind: 'float' };
      const long = LONG.has(field.name) || (LONG.has(options.parent ?? '') && inputType === 'LocalizedTextInput');
      return { ...base, kind: long ? 'longText' : 'text' };
    });
}

/** The selection set that reads an entity's published content back in the input's shape. */
export function contentSelection(fields: FormField[]): string {
  return fields
    .filter((f) => f.readable)
    .map((f) => {
      // Aliased, so the content comes back in the input's shape.
      const name = f.readFrom ? `${f.name}: ${f.readFrom}` : f.name;
      if (f.kind === 'group' || f.kind === 'groupList') {
        // An input object read back from a scalar (or from nothing it shares) has nothing to select.
        const inner = contentSelection(f.children ?? []);
        return inner ? `${name} { ${inner} }` : '';
      }
      if (f.kind === 'ref' || f.kind === 'refList') return `${name} { id }`;
      return name;
    })
    .filter(Boolean)
    .join(' ');
}

/** Published content (output shape) -> input shape: references become their ids, nulls are dropped. */
export function toInput(fields: FormField[], value: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const v = value?.[field.name];
    if (v === null || v === undefined) continue;
    if (field.kind === 'ref') result[field.name] = (v as { id: string }).id;
    else if (field.kind === 'refList') result[field.name] = (v as { id: string }[]).map((r) => r.id);
    else if (field.kind === 'group') result[field.name] = toInput(field.children ?? [], v as Record<string, unknown>);
    else if (field.kind === 'groupList') result[field.name] = (v as Record<string, unknown>[]).map((item) => toInput(field.children ?? [], item));
    else result[field.name] = v;
  }
  return result;
}

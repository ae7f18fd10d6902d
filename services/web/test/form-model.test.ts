import { describe, expect, it } from 'vitest';
import { parseFields } from '../src/curation/form-data.ts';
import { buildForm, contentSelection, type FormField } from '../src/curation/form-model.ts';
import { sectionsOf } from '../src/curation/form-sections.ts';

const field = (over: Partial<FormField>): FormField => ({ name: 'x', path: 'x', kind: 'text', required: false, description: null, readable: true, ...over });

describe('reading published content back into a curator form', () => {
  it('selects nested groups by the output type, and leaves out a group with nothing to select', () => {
    const fields = [
      field({ name: 'name' }),
      field({
        name: 'uncertainties',
        kind: 'groupList',
        children: [field({ name: 'field' }), field({ name: 'text', kind: 'group', children: [field({ name: 'nl' }), field({ name: 'en' })] })],
      }),
      // An input object whose output namesake is a scalar: its children are not readable.
      field({ name: 'note', kind: 'group', children: [field({ name: 'nl', readable: false })] }),
      field({ name: 'categories', kind: 'refList' }),
    ];
    expect(contentSelection(fields)).toBe('name uncertainties { field text { nl en } } categories { id }');
  });
});

describe('an input field read back from an output field of another name', () => {
  it('reads AdviceInput.recommend from Advice.recommended, aliased into the input’s shape', () => {
    const ref = (name: string) => ({
      kind: 'NON_NULL',
      name: null,
      ofType: { kind: 'LIST', name: null, ofType: { kind: 'NON_NULL', name: null, ofType: { kind: 'OBJECT', name } } },
    });
    const id = { kind: 'LIST', name: null, ofType: { kind: 'NON_NULL', name: null, ofType: { kind: 'SCALAR', name: 'ID' } } };
    const model = new Map([
      [
        'AdviceInput',
        {
          kind: 'INPUT_OBJECT',
          name: 'AdviceInput',
          fields: null,
          enumValues: null,
          inputFields: [
            { name: 'recommend', description: null, type: id },
            { name: 'alsoConsider', description: null, type: id },
          ],
        },
      ],
      [
        'Advice',
        {
          kind: 'OBJECT',
          name: 'Advice',
          inputFields: null,
          enumValues: null,
          fields: [
            { name: 'recommended', type: ref('Tool') },
            { name: 'alsoConsider', type: ref('Tool') },
          ],
        },
      ],
    ]);
    const form = buildForm(model, 'AdviceInput', 'Advice');
    expect(form.map((f) => [f.name, f.kind, f.refType])).toEqual([
      ['recommend', 'refList', 'Tool'],
      ['alsoConsider', 'refList', 'Tool'],
    ]);
    expect(contentSelection(form)).toBe('recommend: recommended { id } alsoConsider { id }');
  });
});

describe('a Float field (an offering’s price amount)', () => {
  it('is sent as a number, with a Dutch decimal comma read as a point; text that is no number goes on for the API to name', () => {
    const fields = [field({ name: 'amount', path: 'price.amount', kind: 'float' })];
    const form = (value: string) => (name: string) => (name === 'price.amount' ? [value] : []);
    expect(parseFields(fields, form('12,50'))).toEqual({ amount: 12.5 });
    expect(parseFields(fields, form('3'))).toEqual({ amount: 3 });
    expect(parseFields(fields, form(''))).toEqual({});
    expect(parseFields(fields, form('gratis'))).toEqual({ amount: 'gratis' });
  });
});

describe('the parts of a curator form', () => {
  const field = (name: string, kind: FormField['kind']): FormField => ({ name, path: name, kind, required: false, description: null, readable: true });
  it('keeps a tool’s maintainer (a name) in basis and a standard’s (an organisation) in relaties', () => {
    const where = (f: FormField) => sectionsOf([f]).map((s) => s.name);
    expect(where(field('maintainer', 'text'))).toEqual(['basis']);
    expect(where(field('maintainer', 'ref'))).toEqual(['relaties']);
  });
});

import { describe, expect, it } from 'vitest';
import { contentSelection, type FormField } from '../src/curation/form-model.ts';
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

describe('the parts of a curator form', () => {
  const field = (name: string, kind: FormField['kind']): FormField => ({ name, path: name, kind, required: false, description: null, readable: true });
  it('keeps a tool’s maintainer (a name) in basis and a standard’s (an organisation) in relaties', () => {
    const where = (f: FormField) => sectionsOf([f]).map((s) => s.name);
    expect(where(field('maintainer', 'text'))).toEqual(['basis']);
    expect(where(field('maintainer', 'ref'))).toEqual(['relaties']);
  });
});

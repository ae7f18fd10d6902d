import { describe, expect, it } from 'vitest';
import type { FormField } from '../src/curation/form-model.ts';
import { reviewChanges } from '../src/curation/review-diff.ts';
import { countReports, workItems, filterWork, readFilter } from '../src/curation/work-list.ts';
import { ENTITIES } from '../src/curation/entities.ts';
import { createUi } from '../src/i18n/i18n.ts';

const nl = createUi('nl', new URL('http://site.example/'));
const field = (name: string, over: Partial<FormField> = {}): FormField => ({
  name,
  path: name,
  kind: 'text',
  required: false,
  description: null,
  readable: true,
  ...over,
});
const FORM: FormField[] = [
  field('name'),
  field('hosting', { kind: 'enumList', enumType: 'HostingOption', values: ['SELF_HOSTED', 'SAAS_NL'] }),
  field('standards', { kind: 'refList', refType: 'Standard' }),
  field('certainty', { kind: 'enum', enumType: 'Certainty', values: ['CONFIRMED', 'UNVERIFIED'] }),
  field('license', { kind: 'group', children: [field('expression', { path: 'license.expression' })] }),
];
const vocabulary = new Map([['Standard', [{ id: 'lti-1-3', name: 'LTI 1.3' }]]]);

describe('the reviewer’s diff', () => {
  it('names fields and values in words', () => {
    const changes = reviewChanges(
      [
        { field: 'hosting', old: ['SELF_HOSTED'], new: ['SELF_HOSTED', 'SAAS_NL'] },
        { field: 'standards', old: null, new: ['lti-1-3'] },
        { field: 'license.expression', old: 'MIT', new: 'Apache-2.0' },
      ],
      FORM,
      {},
      nl,
      vocabulary,
    );
    expect(changes.map((c) => c.label)).toEqual(['Hosting', 'Standaarden', 'Licentie › SPDX-expressie']);
    expect(changes[0]!.new).toBe(`${nl.enumLabel('HostingOption', 'SELF_HOSTED')}, Online dienst in Nederland`);
    expect(changes[1]!.new).toBe('LTI 1.3');
  });

  it('ignores a reordered unordered list and the defaults the form filled in', () => {
    const changes = reviewChanges(
      [
        { field: 'hosting', old: ['SELF_HOSTED', 'SAAS_NL'], new: ['SAAS_NL', 'SELF_HOSTED'] },
        { field: 'certainty', old: null, new: 'UNVERIFIED' },
        { field: 'standards', old: null, new: [] },
        { field: 'name', old: 'Oud', new: 'Nieuw' },
      ],
      FORM,
      { certainty: 'UNVERIFIED' },
      nl,
      vocabulary,
    );
    expect(changes.map((c) => c.field)).toEqual(['name']);
  });
});

describe('the work list', () => {
  const tool = ENTITIES[0]!;
  const entry = (id: string, over: Record<string, unknown> = {}) => ({
    id,
    entryStatus: 'PUBLISHED' as const,
    version: 1,
    updatedAt: '2026-11-01T00:00:00Z',
    draft: null,
    canPublish: false,
    owner: null,
    proposedBy: null,
    lastEditor: null,
    published: { name: id, verifiedAt: '2026-11-01' },
    ...over,
  });
  const forms = new Map([[tool, [field('name'), field('verifiedAt')]]]);
  const items = workItems(
    {
      tool: [
        entry('moodle'),
        entry('oud', { published: { name: 'oud', verifiedAt: '2024-01-01' } }),
        entry('eigen', { owner: { id: 'kennisnet', name: 'Kennisnet' } }),
      ],
    },
    forms,
    'nl',
  );
  const filter = (query: Record<string, string>) =>
    filterWork(
      items,
      readFilter((n) => query[n]),
      'kennisnet',
      Date.parse('2026-12-01'),
    ).page.map((i) => i.entry.id);

  it('filters by text, owner and the last check', () => {
    expect(filter({})).toEqual(['eigen', 'moodle', 'oud']);
    expect(filter({ q: 'MOOD' })).toEqual(['moodle']);
    expect(filter({ eigenaar: 'mine' })).toEqual(['eigen']);
    expect(filter({ eigenaar: 'none' })).toEqual(['moodle', 'oud']);
    expect(filter({ oud: '1' })).toEqual(['oud']);
  });

  it('keeps only entries with open reports when asked, and counts them per entry', () => {
    const reports = countReports([
      { entityType: 'Tool', entityId: 'oud' },
      { entityType: 'Tool', entityId: 'oud' },
      { entityType: 'Product', entityId: 'moodle' },
    ]);
    const reported = workItems({ tool: [entry('moodle'), entry('oud')] }, forms, 'nl', reports);
    const page = filterWork(
      reported,
      readFilter((n) => ({ meldingen: '1' })[n]),
      'kennisnet',
    ).page;
    expect(page.map((i) => [i.entry.id, i.reports])).toEqual([['oud', 2]]);
  });
});

/**
 * A pending draft is changed only by those who may read it (the owner's curators, the proposing
 * organisation, admins): a curator who cannot see a draft must not overwrite it blind, e.g. the
 * proposer after the owner took their proposal over, or a third organisation.
 */
import { describe, expect, it } from 'vitest';
import { authorize, mayReadDraft, type EntryRow } from '../src/curation/index.ts';
import type { Identity } from '../src/identity.ts';

const entry = (over: Partial<EntryRow> = {}): EntryRow => ({
  entityType: 'Tool',
  entityId: 'kiwix',
  ownerOrg: 'kennisnet',
  version: 4,
  status: 'DRAFT',
  published: { name: 'Kiwix' },
  draft: { name: 'Kiwix offline' },
  draftOrg: 'kennisnet',
  lastEditorSub: 'alice',
  lastEditorName: 'Alice',
  lastEditorOrg: 'kennisnet',
  updatedAt: '2026-11-28T00:00:00Z',
  ...over,
});
const person = (sub: string, org: string | null, roles = ['curator']): Identity => ({ sub, org, roles });

describe('saving over a pending draft', () => {
  it("refuses the proposer once the owner's curators took the draft over, and a third organisation", () => {
    const takenOver = entry();
    const proposer = person('sam', 'surf');
    expect(mayReadDraft(takenOver, proposer)).toBe(false);
    expect(() => authorize('update', takenOver, proposer)).toThrow(/draft.*cannot read/);
    const proposal = entry({ draftOrg: 'surf', lastEditorSub: 'sam', lastEditorOrg: 'surf' });
    expect(() => authorize('update', proposal, person('olga', 'other-org'))).toThrow(/draft.*cannot read/);
  });

  it('lets those who may read the draft edit it', () => {
    const proposal = entry({ draftOrg: 'surf', lastEditorSub: 'sam', lastEditorOrg: 'surf' });
    for (const who of [person('sam', 'surf'), person('tom', 'surf'), person('bob', 'kennisnet'), person('ada', null, ['admin'])]) {
      expect(() => authorize('update', proposal, who)).not.toThrow();
    }
  });

  it('still lets any curator propose a change to a published entry, and edit unclaimed drafts', () => {
    expect(() => authorize('update', entry({ status: 'PUBLISHED', draft: null, draftOrg: null }), person('sam', 'surf'))).not.toThrow();
    expect(() => authorize('update', entry({ ownerOrg: null }), person('sam', 'surf'))).not.toThrow();
  });
});

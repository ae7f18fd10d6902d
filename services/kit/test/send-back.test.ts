/** The reviewer's "no": sendBack returns an entry in review to its editor, under the same four eyes as publishing. */
import { describe, expect, it } from 'vitest';
import { authorize, entryFacts, planStep, type EntryRow } from '../src/curation/index.ts';
import type { Identity } from '../src/identity.ts';

const inReview = (over: Partial<EntryRow> = {}): EntryRow => ({
  entityType: 'Tool',
  entityId: 'kiwix',
  ownerOrg: 'kennisnet',
  version: 3,
  status: 'IN_REVIEW',
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
const complete = (row: EntryRow) => row.draft ?? {};

describe('sending an entry back', () => {
  it('returns the entry to DRAFT with its draft and editor unchanged', () => {
    const outcome = planStep('sendBack', inReview(), person('bob', 'kennisnet'), entryFacts([]), complete);
    expect(outcome).toEqual({ next: { status: 'DRAFT' }, kind: 'send_back' });
  });

  it('refuses every author since the last publication and curators of other organisations', () => {
    const facts = entryFacts([
      { action: 'PUBLISH', actorSub: 'zoe' },
      { action: 'UPDATE', actorSub: 'carol' },
      { action: 'UPDATE', actorSub: 'alice' },
    ]);
    expect(() => authorize('sendBack', inReview(), person('alice', 'kennisnet'), facts)).toThrow(/Four eyes/);
    expect(() => authorize('sendBack', inReview(), person('carol', 'kennisnet'), facts)).toThrow(/Four eyes/);
    expect(() => authorize('sendBack', inReview(), person('erin', 'surf'), facts)).toThrow(/Only curators of kennisnet/);
    expect(() => authorize('sendBack', inReview(), person('bob', 'kennisnet'), facts)).not.toThrow();
  });

  it('sends back only an entry in review', () => {
    expect(() => authorize('sendBack', inReview({ status: 'DRAFT' }), person('bob', 'kennisnet'))).toThrow(/Only an entry in review/);
    expect(() => authorize('sendBack', inReview({ status: 'PUBLISHED' }), person('bob', 'kennisnet'))).toThrow(/Only an entry in review/);
  });
});

/** Every refusal of the curation policy names a stable `extensions.reason`, so clients can word it in their reader's language. */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../src/errors.ts';
import { authorize, entryFacts, requireCurator, REFUSALS, type EntryRow } from '../src/curation/index.ts';
import type { Identity } from '../src/identity.ts';

const entry = (over: Partial<EntryRow> = {}): EntryRow => ({
  entityType: 'Tool',
  entityId: 'kiwix',
  ownerOrg: 'kennisnet',
  version: 2,
  status: 'IN_REVIEW',
  published: null,
  draft: { name: 'Kiwix' },
  draftOrg: 'kennisnet',
  lastEditorSub: 'alice',
  lastEditorName: null,
  lastEditorOrg: 'kennisnet',
  updatedAt: '2026-11-28T00:00:00Z',
  ...over,
});
const person = (sub: string, org: string | null, roles = ['curator']): Identity => ({ sub, org, roles });

/** The code and extensions of what `act` throws. */
function refusal(act: () => unknown) {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, ...error.extensions };
    throw error;
  }
  throw new Error('not refused');
}

describe('refusal reasons', () => {
  it('names the reason of every refusal, keeping the English message', () => {
    const requested = entry({ status: 'ARCHIVE_REQUESTED' });
    const cases: [() => unknown, string, Record<string, unknown>][] = [
      [() => requireCurator(null), 'UNAUTHENTICATED', { reason: 'SIGN_IN' }],
      [() => requireCurator(person('x', 'kennisnet', [])), 'FORBIDDEN', { reason: 'NOT_CURATOR' }],
      [() => requireCurator(person('x', null)), 'FORBIDDEN', { reason: 'NO_ORGANISATION' }],
      [() => authorize('publish', entry(), person('alice', 'kennisnet')), 'FORBIDDEN', { reason: 'FOUR_EYES', action: 'publish' }],
      [() => authorize('sendBack', entry(), person('alice', 'kennisnet')), 'FORBIDDEN', { reason: 'FOUR_EYES', action: 'sendBack' }],
      [() => authorize('publish', entry(), person('carol', 'surf')), 'FORBIDDEN', { reason: 'NOT_OWNER', owner: 'kennisnet' }],
      [() => authorize('publish', entry({ status: 'DRAFT' }), person('bob', 'kennisnet')), 'CONFLICT', { reason: 'WRONG_STATUS', entryStatus: 'DRAFT' }],
      [() => authorize('update', entry({ status: 'ARCHIVED' }), person('bob', 'kennisnet')), 'CONFLICT', { reason: 'ARCHIVED' }],
      [() => authorize('update', requested, person('bob', 'kennisnet')), 'CONFLICT', { reason: 'ARCHIVE_PENDING' }],
      [() => authorize('update', entry(), person('carol', 'surf')), 'FORBIDDEN', { reason: 'IN_REVIEW_ELSEWHERE' }],
      [
        () => authorize('archive', requested, person('alice', 'kennisnet'), entryFacts([{ action: 'REQUEST_ARCHIVE', actorSub: 'alice' }])),
        'FORBIDDEN',
        { reason: 'FOUR_EYES_ARCHIVE' },
      ],
    ];
    for (const [act, code, extensions] of cases) {
      expect(refusal(act)).toMatchObject({ code, ...extensions });
      expect(REFUSALS).toContain(extensions.reason);
    }
    expect(() => authorize('publish', entry(), person('alice', 'kennisnet'))).toThrow(/^Four eyes: /);
  });
});

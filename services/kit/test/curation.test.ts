import { describe, expect, it } from 'vitest';
import {
  authorize,
  cachedOrganisations,
  canPublish,
  diffContent,
  entryFacts,
  mayReadDraft,
  requireCurator,
  requireKnownCurator,
  slugify,
  withoutNulls,
  type EntryRow,
} from '../src/curation/index.ts';
import { createChangeSignal } from '../src/change-signal.ts';
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

describe('curation policy', () => {
  it('requires a signed-in curator with an organisation', () => {
    expect(() => requireCurator(null)).toThrow(/Sign in/);
    expect(() => requireCurator(person('x', 'kennisnet', []))).toThrow(/Only curators/);
    expect(() => requireCurator(person('x', null))).toThrow(/organisation/);
    expect(requireCurator(person('root', null, ['admin'])).sub).toBe('root');
  });

  it('keeps four eyes: the last editor cannot publish, another curator of the owner can', () => {
    expect(() => authorize('publish', entry(), person('alice', 'kennisnet'))).toThrow(/Four eyes/);
    expect(() => authorize('publish', entry(), person('bob', 'kennisnet'))).not.toThrow();
    expect(() => authorize('publish', entry(), person('alice', null, ['admin']))).toThrow(/Four eyes/);
  });

  it('lets only the owner publish and archive, anyone publish an unclaimed entry', () => {
    expect(() => authorize('publish', entry(), person('carol', 'surf'))).toThrow(/Only curators of kennisnet/);
    expect(() => authorize('publish', entry({ ownerOrg: null }), person('carol', 'surf'))).not.toThrow();
    expect(() => authorize('archive', entry({ status: 'PUBLISHED' }), person('carol', 'surf'))).toThrow(/Only curators of kennisnet/);
    expect(() => authorize('publish', entry(), person('dan', 'surf', ['admin']))).not.toThrow();
  });

  it('follows the workflow order, with the current version in the CONFLICT', () => {
    const error = (() => {
      try {
        authorize('publish', entry({ status: 'DRAFT' }), person('bob', 'kennisnet'));
      } catch (e) {
        return e as { code: string; extensions: Record<string, unknown> };
      }
    })();
    expect(error?.code).toBe('CONFLICT');
    expect(error?.extensions).toMatchObject({ currentVersion: 2, entryStatus: 'DRAFT' });
    expect(() => authorize('submit', entry({ status: 'PUBLISHED' }), person('bob', 'kennisnet'))).toThrow(/Only a draft/);
    expect(() => authorize('update', entry({ status: 'ARCHIVED' }), person('bob', 'kennisnet'))).toThrow(/archived/);
  });

  it('lets a proposing organisation submit its draft, not a third one', () => {
    const proposal = entry({ status: 'DRAFT', draftOrg: 'surf', lastEditorOrg: 'surf', lastEditorSub: 'carol' });
    expect(() => authorize('submit', proposal, person('carol', 'surf'))).not.toThrow();
    expect(() => authorize('submit', proposal, person('erin', 'sivon'))).toThrow(/proposing organisation/);
  });

  it('counts every author since the last publication for four eyes, not only the last editor', () => {
    const facts = entryFacts([
      { action: 'CREATE', actorSub: 'zoe' },
      { action: 'PUBLISH', actorSub: 'bob' },
      { action: 'UPDATE', actorSub: 'carol' },
      { action: 'UPDATE', actorSub: 'alice' },
      { action: 'SUBMIT', actorSub: 'dan' },
    ]);
    expect([...facts.authors].sort()).toEqual(['alice', 'carol']);
    expect(() => authorize('publish', entry({ lastEditorSub: 'alice' }), person('carol', 'kennisnet'), facts)).toThrow(/Four eyes/);
    expect(() => authorize('publish', entry({ lastEditorSub: 'alice' }), person('dan', 'kennisnet'), facts)).not.toThrow();
    expect(() => authorize('publish', entry({ lastEditorSub: 'alice' }), person('zoe', 'kennisnet'), facts)).not.toThrow();
  });

  it('archives in two steps by two curators of the owner, and restores archived or requested entries', () => {
    const published = entry({ status: 'PUBLISHED' });
    expect(() => authorize('archive', published, person('alice', 'kennisnet'))).not.toThrow();
    const requested = entry({ status: 'ARCHIVE_REQUESTED' });
    const facts = entryFacts([{ action: 'REQUEST_ARCHIVE', actorSub: 'alice' }]);
    expect(facts.archiveRequester).toBe('alice');
    expect(() => authorize('archive', requested, person('alice', 'kennisnet'), facts)).toThrow(/Four eyes/);
    expect(() => authorize('archive', requested, person('root', null, ['admin']), { ...facts, archiveRequester: 'root' })).toThrow(/Four eyes/);
    expect(() => authorize('archive', requested, person('carol', 'surf'), facts)).toThrow(/Only curators of kennisnet/);
    expect(() => authorize('archive', requested, person('bob', 'kennisnet'), facts)).not.toThrow();
    expect(() => authorize('restore', requested, person('alice', 'kennisnet'), facts)).not.toThrow();
    expect(() => authorize('restore', entry({ status: 'ARCHIVED' }), person('carol', 'surf'))).toThrow(/Only curators of kennisnet/);
    expect(() => authorize('restore', entry({ status: 'ARCHIVED' }), person('bob', 'kennisnet'))).not.toThrow();
    expect(() => authorize('restore', published, person('bob', 'kennisnet'))).toThrow(/Only an archived entry/);
    expect(() => authorize('update', requested, person('bob', 'kennisnet'))).toThrow(/waiting to be archived/);
  });

  it('lets the owner’s curators, the proposer, admins and (for unclaimed entries) anyone read a draft', () => {
    const proposal = entry({ draftOrg: 'surf' });
    expect(mayReadDraft(proposal, person('bob', 'kennisnet'))).toBe(true);
    expect(mayReadDraft(proposal, person('carol', 'surf'))).toBe(true);
    expect(mayReadDraft(proposal, person('erin', 'sivon'))).toBe(false);
    expect(mayReadDraft(proposal, person('root', null, ['admin']))).toBe(true);
    expect(mayReadDraft(entry({ ownerOrg: null }), person('erin', 'sivon'))).toBe(true);
    expect(mayReadDraft(proposal, null)).toBe(false);
  });

  it('answers canPublish with the same rule', () => {
    expect(canPublish(entry(), person('bob', 'kennisnet'))).toBe(true);
    expect(canPublish(entry(), person('alice', 'kennisnet'))).toBe(false);
    expect(canPublish(entry(), null)).toBe(false);
  });
});

describe('diffContent', () => {
  it('lists nested fields by path and lists as a whole', () => {
    expect(
      diffContent(
        { name: 'A', summary: { nl: 'x', en: 'y' }, sectors: ['PO'] },
        { name: 'A', summary: { nl: 'z', en: 'y' }, sectors: ['PO', 'VO'], homepage: 'https://a.nl' },
      ),
    ).toEqual([
      { field: 'homepage', old: null, new: 'https://a.nl' },
      { field: 'sectors', old: ['PO'], new: ['PO', 'VO'] },
      { field: 'summary.nl', old: 'x', new: 'z' },
    ]);
  });

  it('lists every field of new content', () => {
    expect(diffContent(null, { license: { expression: 'MIT' } })).toEqual([{ field: 'license.expression', old: null, new: 'MIT' }]);
  });
});

describe('input helpers', () => {
  it('slugifies names and drops explicit nulls', () => {
    expect(slugify('Nextcloud Hub')).toBe('nextcloud-hub');
    expect(slugify('Ëén Tool!')).toBe('een-tool');
    expect(withoutNulls({ a: null, b: { c: null, d: 1 }, e: [{ f: null }] })).toEqual({ b: { d: 1 }, e: [{}] });
  });
});

describe('known organisations', () => {
  it('refuses a curator whose organisation is unknown, exempts admins, and caches answers but not failures', async () => {
    const asked: string[] = [];
    let failing = true;
    const known = cachedOrganisations(async (org) => {
      asked.push(org);
      if (org === 'flaky' && failing) throw new Error('facilities did not answer');
      return org === 'kennisnet' || org === 'flaky';
    });
    await expect(requireKnownCurator(person('mallory', 'nowhere'), known)).rejects.toThrow(/"nowhere"/);
    expect((await requireKnownCurator(person('alice', 'kennisnet'), known)).sub).toBe('alice');
    await requireKnownCurator(person('bob', 'kennisnet'), known);
    await expect(requireKnownCurator(person('x', 'nowhere'), known)).rejects.toThrow();
    expect((await requireKnownCurator(person('root', 'nowhere', ['admin']), known)).sub).toBe('root');
    await expect(requireKnownCurator(person('f', 'flaky'), known)).rejects.toThrow(/did not answer/);
    failing = false;
    expect((await requireKnownCurator(person('f', 'flaky'), known)).sub).toBe('f');
    expect(asked).toEqual(['nowhere', 'kennisnet', 'flaky', 'flaky']);
  });

  it('forgets an answer when its organisation changes elsewhere, and every answer when notices may have been missed', async () => {
    const published = new Set(['kennisnet']);
    const asked: string[] = [];
    const changes = createChangeSignal();
    const known = cachedOrganisations(
      async (org) => {
        asked.push(org);
        return published.has(org);
      },
      60_000,
      changes,
    );
    const notice = (entityType: string, entityId: string) => ({ schema: 'facilities', seq: 1, entityType, entityId });
    expect(await known('sivon')).toBe(false);
    published.add('sivon');
    changes.emit(notice('Facility', 'sivon')); // another type with the same id: the answer stays
    expect(await known('sivon')).toBe(false);
    changes.emit(notice('Organisation', 'sivon'));
    expect(await known('sivon')).toBe(true);
    expect(await known('kennisnet')).toBe(true);
    published.delete('kennisnet');
    changes.emit(null);
    expect(await known('kennisnet')).toBe(false);
    expect(await known('sivon')).toBe(true);
    expect(asked).toEqual(['sivon', 'sivon', 'kennisnet', 'kennisnet', 'sivon']);
  });
});

/**
 * The curation rules under attack (issue 9): archiving needs four eyes and can be undone, tokens of
 * unknown organisations get no curator rights, publishing is bound to what the reviewer saw, no-op
 * saves do not count as a second pair of eyes, alternatives cannot rewrite another pair, and drafts
 * of other organisations stay unreadable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
const t: Record<'alice' | 'bob' | 'erin' | 'carol' | 'mallory' | 'root', string> = { alice: '', bob: '', erin: '', carol: '', mallory: '', root: '' };
beforeAll(async () => {
  stack = await startStack();
  t.alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  t.bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
  t.erin = await stack.token({ sub: 'erin', org: 'kennisnet', roles: ['curator'] });
  t.carol = await stack.token({ sub: 'carol', org: 'surf', roles: ['curator'] });
  t.mallory = await stack.token({ sub: 'mallory', org: 'no-such-organisation', roles: ['curator'] });
  t.root = await stack.token({ sub: 'root', org: null, roles: ['admin'] });
});
afterAll(() => stack.stop());

type Who = keyof typeof t;
const as = async (who: Who, query: string, variables: Record<string, unknown> = {}) =>
  (await stack.query(query, variables, { authorization: `Bearer ${t[who]}` })).body;
const code = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;
const entry = async (who: Who, id: string) =>
  (await as(who, `{ toolEntry(id: "${id}") { entryStatus version draft lastEditor { sub } history { action } } }`)).data.toolEntry;

const kalzium = {
  name: 'Kalzium regels',
  summary: { nl: 'Offline bibliotheek met Wikipedia voor de klas.' },
  homepage: 'https://apps.kde.org/kalzium/',
  license: { expression: 'GPL-2.0-or-later' },
  categories: ['educational-content'],
  developmentStatus: 'STABLE',
  sources: [{ url: 'https://invent.kde.org/education/kalzium' }],
  certainty: 'PROBABLE',
};
const update = (who: Who, id: string, version: number, input: Record<string, unknown>) =>
  as(who, `mutation($input: ToolInput!, $v: Int!) { updateTool(id: "${id}", expectedVersion: $v, input: $input) { entryStatus version } }`, {
    input,
    v: version,
  });

describe('archiving and restoring (four eyes, known organisations)', () => {
  it('gives a curator of an organisation that does not exist no curator rights', async () => {
    const archive = await as('mallory', `mutation { archiveTool(id: "anki") { entryStatus } }`);
    expect(code(archive)).toBe('FORBIDDEN');
    expect(archive.errors?.[0]?.message).toContain('no-such-organisation');
    expect(code(await as('mallory', `{ toolEntries(status: [IN_REVIEW]) { id } }`))).toBe('FORBIDDEN');
    expect((await stack.query(`{ tool(id: "anki") { id } }`)).body.data.tool).toEqual({ id: 'anki' });
  });

  it('records one curator’s archive as a request: the entry stays public until another curator archives it', async () => {
    const requested = await as('alice', `mutation { archiveTool(id: "anki", comment: "niet meer onderhouden?") { entryStatus version } }`);
    expect(requested.errors).toBeUndefined();
    expect(requested.data.archiveTool.entryStatus).toBe('ARCHIVE_REQUESTED');
    expect((await stack.query(`{ tool(id: "anki") { id } }`)).body.data.tool).toEqual({ id: 'anki' });
    const queue = await as('bob', `{ toolEntries(status: [ARCHIVE_REQUESTED]) { id } }`);
    expect(queue.data.toolEntries).toEqual([{ id: 'anki' }]);

    const again = await as('alice', `mutation { archiveTool(id: "anki") { entryStatus } }`);
    expect(code(again)).toBe('FORBIDDEN');
    expect(again.errors?.[0]?.message).toContain('Four eyes');
    const edit = await update('alice', 'anki', requested.data.archiveTool.version, kalzium);
    expect(code(edit)).toBe('CONFLICT');

    const archived = await as('bob', `mutation { archiveTool(id: "anki") { entryStatus } }`);
    expect(archived.data.archiveTool.entryStatus).toBe('ARCHIVED');
    expect((await stack.query(`{ tool(id: "anki") { id } }`)).body.data.tool).toBeNull();
    expect((await entry('alice', 'anki')).history.map((r: { action: string }) => r.action)).toEqual(['REQUEST_ARCHIVE', 'ARCHIVE']);
  });

  it('restores an archived entry as a draft that goes through review again', async () => {
    const restored = await as('alice', `mutation { restoreTool(id: "anki", comment: "toch nog gebruikt") { entryStatus draft } }`);
    expect(restored.errors).toBeUndefined();
    expect(restored.data.restoreTool.entryStatus).toBe('DRAFT');
    expect(restored.data.restoreTool.draft.name).toBe('Anki');
    expect((await stack.query(`{ tool(id: "anki") { id } }`)).body.data.tool).toBeNull();
    expect((await as('alice', `mutation { submitTool(id: "anki") { entryStatus } }`)).data.submitTool.entryStatus).toBe('IN_REVIEW');
    // The restorer is an author of what becomes public again: someone else publishes.
    expect(code(await as('alice', `mutation { publishTool(id: "anki") { entryStatus } }`))).toBe('FORBIDDEN');
    expect((await as('bob', `mutation { publishTool(id: "anki") { entryStatus } }`)).data.publishTool.entryStatus).toBe('PUBLISHED');
    expect((await stack.query(`{ tool(id: "anki") { id } }`)).body.data.tool).toEqual({ id: 'anki' });
    expect((await entry('bob', 'anki')).history.map((r: { action: string }) => r.action)).toEqual([
      'REQUEST_ARCHIVE',
      'ARCHIVE',
      'RESTORE',
      'SUBMIT',
      'PUBLISH',
    ]);
  });

  it('withdraws a pending archive request with restore, and needs the owner’s say for owned entries', async () => {
    await as('alice', `mutation { archiveTool(id: "anki") { entryStatus } }`);
    const kept = await as('carol', `mutation { restoreTool(id: "anki") { entryStatus } }`);
    expect(kept.data.restoreTool.entryStatus).toBe('PUBLISHED');

    const created = await as('alice', `mutation($input: ToolInput!) { createTool(input: $input) { id } }`, { input: kalzium });
    const id = created.data.createTool.id;
    await as('alice', `mutation { submitTool(id: "${id}") { entryStatus } }`);
    await as('bob', `mutation { publishTool(id: "${id}") { entryStatus } }`);
    expect(code(await as('carol', `mutation { archiveTool(id: "${id}") { entryStatus } }`))).toBe('FORBIDDEN');
    await as('alice', `mutation { archiveTool(id: "${id}") { entryStatus } }`);
    expect(code(await as('carol', `mutation { archiveTool(id: "${id}") { entryStatus } }`))).toBe('FORBIDDEN');
    expect(code(await as('root', `mutation { restoreTool(id: "${id}") { entryStatus } }`))).toBeUndefined();
  });
});

describe('publishing what the reviewer saw', () => {
  it('returns an entry edited in review to draft, so the unreviewed edit cannot be published', async () => {
    const created = await as('alice', `mutation($input: ToolInput!) { createTool(input: $input) { id } }`, { input: { ...kalzium, name: 'Review binding' } });
    const id = created.data.createTool.id;
    const submitted = await as('alice', `mutation { submitTool(id: "${id}") { version } }`);
    const sneaky = await update('alice', id, submitted.data.submitTool.version, { ...kalzium, name: 'Review binding', homepage: 'https://evil.example' });
    expect(sneaky.data.updateTool.entryStatus).toBe('DRAFT');
    expect(code(await as('bob', `mutation { publishTool(id: "${id}") { entryStatus } }`))).toBe('CONFLICT');
  });

  it('refuses a publish whose expectedVersion is no longer current', async () => {
    const id = 'review-binding';
    const resubmitted = await as('alice', `mutation { submitTool(id: "${id}") { version } }`);
    const stale = await as('bob', `mutation { publishTool(id: "${id}", expectedVersion: ${resubmitted.data.submitTool.version - 1}) { entryStatus } }`);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: resubmitted.data.submitTool.version });
    const ok = await as('bob', `mutation { publishTool(id: "${id}", expectedVersion: ${resubmitted.data.submitTool.version}) { entryStatus } }`);
    expect(ok.data.publishTool.entryStatus).toBe('PUBLISHED');
  });
});

describe('four eyes counts every author since the last publication', () => {
  it('does not make a no-op save a revision, nor its author the last editor', async () => {
    const created = await as('alice', `mutation($input: ToolInput!) { createTool(input: $input) { id version } }`, {
      input: { ...kalzium, name: 'No-op save' },
    });
    const id = created.data.createTool.id;
    const noop = await update('bob', id, 1, { ...kalzium, name: 'No-op save' });
    expect(noop.data.updateTool.version).toBe(1);
    const after = await entry('alice', id);
    expect(after.lastEditor.sub).toBe('alice');
    expect(after.history.map((r: { action: string }) => r.action)).toEqual(['CREATE']);
    await as('alice', `mutation { submitTool(id: "${id}") { version } }`);
    expect(code(await as('alice', `mutation { publishTool(id: "${id}") { entryStatus } }`))).toBe('FORBIDDEN');
  });

  it('lets no author of the pending changes publish them, even when another curator saved last', async () => {
    const id = 'no-op-save';
    const current = await entry('alice', id);
    const edited = await update('bob', id, current.version, { ...kalzium, name: 'No-op save', homepage: 'https://apps.kde.org/nl/kalzium/' });
    expect(edited.errors).toBeUndefined();
    await as('bob', `mutation { submitTool(id: "${id}") { version } }`);
    const byAlice = await as('alice', `mutation { publishTool(id: "${id}") { entryStatus } }`);
    expect(code(byAlice)).toBe('FORBIDDEN');
    expect(byAlice.errors?.[0]?.message).toContain('Four eyes');
    expect(code(await as('root', `mutation { publishTool(id: "${id}") { canPublish } }`))).toBeUndefined();
  });
});

describe('alternatives are keyed by their pair', () => {
  it('creates an alternative with a generated `tool--product` id', async () => {
    const created = await as('alice', `mutation { createAlternative(input: { tool: "anki", product: "adobe-audition", fit: PARTIAL }) { id entryStatus } }`);
    expect(created.errors).toBeUndefined();
    expect(created.data.createAlternative).toEqual({ id: 'anki--adobe-audition', entryStatus: 'DRAFT' });
  });

  it('refuses an update whose tool or product is not the id’s, naming the field', async () => {
    const ofAnki = await as('alice', `{ alternativeEntry(id: "anki--quizlet") { version } }`);
    const v = ofAnki.data.alternativeEntry.version;
    const tool = await as(
      'alice',
      `mutation { updateAlternative(id: "anki--quizlet", expectedVersion: ${v}, input: { tool: "audacity", product: "quizlet", fit: FULL }) { id } }`,
    );
    expect(tool.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tool' });
    const product = await as(
      'alice',
      `mutation { updateAlternative(id: "anki--quizlet", expectedVersion: ${v}, input: { tool: "anki", product: "adobe-audition", fit: FULL }) { id } }`,
    );
    expect(product.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.product' });
  });
});

describe('drafts are read by the owner’s curators, the proposer and admins', () => {
  it('shows another organisation only the published content of an entry, not its draft or draft history', async () => {
    const id = 'review-binding'; // kennisnet's and published: give it a pending edit
    const current = await entry('alice', id);
    expect((await update('alice', id, current.version, { ...kalzium, name: 'Review binding', homepage: 'https://secret.example' })).errors).toBeUndefined();
    const mine = await as('erin', `{ toolEntry(id: "${id}") { draft pendingChanges { field } } }`);
    expect(mine.data.toolEntry.draft).not.toBeNull();
    const theirs = await as(
      'carol',
      `{ toolEntry(id: "${id}") { id version draft pendingChanges { field } history { action changes { field } } published { name } } }`,
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.toolEntry).toMatchObject({ id, draft: null, pendingChanges: [] });
    expect(theirs.data.toolEntry.history.filter((r: { action: string }) => ['CREATE', 'UPDATE'].includes(r.action))).toEqual([]);
    const viaTool = await as('carol', `{ tool(id: "${id}") { history { action } } }`);
    expect(viaTool.data.tool.history.map((r: { action: string }) => r.action)).not.toContain('UPDATE');
    const admin = await as('root', `{ toolEntry(id: "${id}") { draft } }`);
    expect(admin.data.toolEntry.draft).not.toBeNull();
  });
});

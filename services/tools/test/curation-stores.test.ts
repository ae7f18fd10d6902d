/**
 * The curation engine on both stores, the same tests: the tools subgraph's SQLite database and its
 * PostgreSQL schema (drizzle-pg migrations, with the database's own version and append-only rules).
 * The adapter publishes nothing into the public tables (the tools stores are still SQLite-only); what
 * is tested is the engine's transaction: versions, revisions, outbox, expected versions, idempotency,
 * problem reports, and on PostgreSQL the NOTIFY another replica hears at commit.
 */
import { createCuration, createReportStore, type EntityAdapter, readOutbox } from '@edu-catalogus/kit/curation';
import { type ChangeNotice, listenForChanges } from '@edu-catalogus/kit/postgres';
import { withIdempotencyKey } from '@edu-catalogus/kit/runtime';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definition } from '../src/definition.ts';
import { openToolsPostgres, type ToolsPgDb } from '../src/store/pg-open.ts';

const note = z.object({ name: z.string().min(1) });
const adapter: EntityAdapter<z.infer<typeof note>> = {
  type: 'Note',
  draftSchema: note,
  publishSchema: note,
  checkReferences: async () => {},
  publish: () => {},
  archive: () => {},
};
const alice = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };
const options = { organisations: async () => true };

let server: StartedPostgres;
let pgDb: ToolsPgDb;
beforeAll(async () => {
  server = await startPostgres();
  pgDb = await openToolsPostgres(server.url);
}, 60_000);
afterAll(async () => {
  await pgDb?.$client.end();
  await server?.stop();
});

let sqliteDb: ReturnType<typeof definition.open> | undefined;
const stores = [
  ['SQLite', () => (sqliteDb ??= definition.open(':memory:'))],
  ['PostgreSQL', () => pgDb],
] as const;

describe.each(stores)('curation on %s', (_name, open) => {
  const curation = () => createCuration(open(), adapter, options);
  const revisionsOf = async (id: string) => (await curation().history([id])).get(id)!.map((r) => [r.version, r.action, r.actorSub]);

  it('creates, edits, submits and publishes with a version and revision per step and one outbox event', async () => {
    const c = curation();
    await c.create(alice, 'first', { name: 'Eerste' });
    await c.update(alice, 'first', 1, { name: 'Eerste versie' });
    await c.submit(alice, 'first', { expectedVersion: 2 });
    const published = await c.publish(bob, 'first', { expectedVersion: 3 });
    expect(published).toMatchObject({ version: 4, status: 'PUBLISHED', published: { name: 'Eerste versie' }, draft: null });
    expect(await c.get('first')).toMatchObject({ version: 4, status: 'PUBLISHED' });
    expect(await revisionsOf('first')).toEqual([
      [1, 'CREATE', 'alice'],
      [2, 'UPDATE', 'alice'],
      [3, 'SUBMIT', 'alice'],
      [4, 'PUBLISH', 'bob'],
    ]);
    expect((await c.list(alice, ['PUBLISHED'])).map((e) => e.entityId)).toContain('first');
    const { events } = await readOutbox(open(), 0, 100);
    expect(events.filter((e) => e.entityId === 'first').map((e) => [e.action, e.version])).toEqual([['published', 4]]);
  });

  it('lets exactly one of ten concurrent edits with the same expected version win; the others get CONFLICT', async () => {
    const c = curation();
    await c.create(alice, 'race', { name: 'Race' });
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => curation().update(alice, 'race', 1, { name: `Race ${i}` })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(await c.get('race')).toMatchObject({ version: 2 });
    expect(await revisionsOf('race')).toEqual([
      [1, 'CREATE', 'alice'],
      [2, 'UPDATE', 'alice'],
    ]);
  });

  it('makes a write with an Idempotency-Key once, also when retried at once', async () => {
    const write = () => withIdempotencyKey('key-1', { query: 'mutation { createNote }' }, () => curation().create(alice, 'once', { name: 'Eens' }));
    const [a, b] = await Promise.all([write(), write()]);
    expect(b).toEqual(a);
    expect(await revisionsOf('once')).toEqual([[1, 'CREATE', 'alice']]);
  });

  it('takes, caps and resolves problem reports on published entries', async () => {
    const reports = createReportStore(open(), { openPerEntry: 1 });
    await expect(reports.add('Note', 'race', { message: 'Nog niet gepubliceerd.' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const report = await reports.add('Note', 'first', { message: 'De naam is verkeerd gespeld.' });
    await expect(reports.add('Note', 'first', { message: 'Nog een melding hierover.' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await reports.open(['Note'])).map((r) => r.id)).toEqual([report.id]);
    expect(await reports.resolve('Note', String(report.id), bob, 'Verbeterd')).toMatchObject({ status: 'RESOLVED', resolvedBySub: 'bob' });
    expect(await reports.open(['Note'])).toEqual([]);
  });
});

describe('curation on PostgreSQL, seen from another replica', () => {
  it('notifies a listener of a publish when it commits', async () => {
    const heard: ChangeNotice[] = [];
    let published: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      published = resolve;
    });
    const listener = await listenForChanges({
      url: server.url,
      onChange: (notice) => {
        heard.push(notice);
        if (notice.entityId === 'heard') published();
      },
    });
    try {
      const c = createCuration(pgDb, adapter, options);
      await c.create(alice, 'heard', { name: 'Gehoord' });
      await c.submit(alice, 'heard');
      await c.publish(bob, 'heard');
      await arrived;
      expect(heard.filter((n) => n.entityId === 'heard')).toEqual([expect.objectContaining({ schema: 'tools', entityType: 'Note', entityId: 'heard' })]);
    } finally {
      await listener.close();
    }
  });
});

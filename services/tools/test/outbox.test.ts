/** The outbox: every publish, archive and restore has exactly one event, written in its transaction; nothing else has one. */
import { normalizeText, type Identity } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedToolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import type { ToolsDb } from '../src/store/tables.ts';

const { createServer, open: openToolsDatabase } = definition;

const full = loadCatalogue(undefined, normalizeText);
const products = new Set(['quizlet', 'adobe-audition']);
const catalogue = {
  ...full,
  tools: full.tools.filter((t) => t.id === 'anki' || t.id === 'audacity').map((t) => ({ ...t, replaces: t.replaces.filter((r) => products.has(r.product)) })),
  products: full.products.filter((p) => products.has(p.id)),
};
let db: ToolsDb;
let server: ReturnType<typeof createServer>;
const alice: Identity = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob: Identity = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };
const ID = 'anki--adobe-audition';

beforeAll(async () => {
  db = openToolsDatabase(':memory:');
  await seedToolsDb(db, catalogue);
  server = createServer({ db });
});

const run = async (who: Identity, mutation: string) => {
  const result = await execute(server, `mutation { ${mutation} { version } }`, {}, who);
  return result;
};
const outbox = async (after = 0) =>
  (await execute(server, `{ _outbox(after: ${after}, first: 100) }`)).data?._outbox as {
    events: { seq: number; entityType: string; entityId: string; action: string; version: number; fields: string[]; at: string }[];
    watermark: string;
  };

describe('the outbox', () => {
  it('starts empty after seeding', async () => {
    expect((await outbox()).events).toEqual([]);
  });

  it('records a first publication, an update with its changed fields, an archiving and a restore, in order', async () => {
    expect((await run(alice, `createAlternative(input: { tool: "anki", product: "adobe-audition", fit: PARTIAL })`)).errors).toBeUndefined();
    await run(alice, `submitAlternative(id: "${ID}")`);
    expect((await outbox()).events).toEqual([]); // drafts and reviews are not public
    expect((await run(bob, `publishAlternative(id: "${ID}")`)).errors).toBeUndefined();
    await run(alice, `updateAlternative(id: "${ID}", expectedVersion: 3, input: { tool: "anki", product: "adobe-audition", fit: FULL })`);
    await run(alice, `submitAlternative(id: "${ID}")`);
    expect((await run(bob, `publishAlternative(id: "${ID}")`)).errors).toBeUndefined();
    await run(alice, `archiveAlternative(id: "${ID}")`);
    expect((await run(bob, `archiveAlternative(id: "${ID}")`)).errors).toBeUndefined();
    expect((await run(alice, `restoreAlternative(id: "${ID}")`)).errors).toBeUndefined();
    const { events, watermark } = await outbox();
    expect(events.map((e) => [e.entityType, e.entityId, e.action, e.version, e.fields])).toEqual([
      ['Alternative', ID, 'published', 3, expect.arrayContaining(['fit', 'tool', 'product'])],
      ['Alternative', ID, 'updated', 6, ['fit']],
      ['Alternative', ID, 'archived', 8, []],
      ['Alternative', ID, 'restored', 9, []],
    ]);
    const times = events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(watermark >= times.at(-1)!).toBe(true);
    expect((await outbox(events[1]!.seq)).events.map((e) => e.action)).toEqual(['archived', 'restored']);
  });

  it('writes no event for a refused or rolled-back publish', async () => {
    const before = (await outbox()).events.length;
    await run(alice, `submitAlternative(id: "${ID}")`);
    // Four eyes: alice restored it, so she may not publish it.
    expect((await run(alice, `publishAlternative(id: "${ID}")`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A publish whose public-table write fails inside the transaction (a draft naming another pair) rolls back with its event.
    db.$client
      .prepare(`UPDATE entries SET draft = ? WHERE entity_type = 'Alternative' AND entity_id = ?`)
      .run(JSON.stringify({ tool: 'audacity', product: 'adobe-audition', fit: 'FULL' }), ID);
    expect((await run(bob, `publishAlternative(id: "${ID}")`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await outbox()).events.length).toBe(before);
  });

  it('refuses to change or delete an event', () => {
    expect(() => db.$client.prepare(`UPDATE outbox SET action = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.$client.prepare(`DELETE FROM outbox`).run()).toThrow(/append-only/);
  });
});

/**
 * The facilities subgraph on a real PostgreSQL: its migrations (kit's shared extensions and database
 * rules, linked), the copy of a SQLite store with its history, the history-import rule that lets only
 * the copy write old revisions, and the shared replay guard two replicas use.
 */
import { createSharedReplayGuard } from '@edu-catalogus/kit/postgres';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFacilitiesDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { copyFacilitiesToPostgres } from '../src/store/pg-copy-from-sqlite.ts';
import { type FacilitiesPgDb, openFacilitiesPostgres } from '../src/store/pg-open.ts';
import * as pg from '../src/store/pg-tables.ts';
import * as sqlite from '../src/store/tables.ts';

let server: StartedPostgres;
let db: FacilitiesPgDb;
let source: sqlite.FacilitiesDb;
let copied: Record<string, number>;

/** An entry at version 3 with the three revisions that got it there, as curation leaves them in SQLite. */
function curatedHistory(into: sqlite.FacilitiesDb, id: string) {
  into
    .insert(sqlite.entries)
    .values({ entityType: 'facility', entityId: id, version: 3, status: 'PUBLISHED', published: { name: id } })
    .run();
  for (const version of [1, 2, 3]) {
    into.insert(sqlite.revisions).values({ entityType: 'facility', entityId: id, version, action: 'UPDATE', actorSub: 'alice', changes: [] }).run();
  }
}

beforeAll(async () => {
  server = await startPostgres();
  db = await openFacilitiesPostgres(server.url);
  source = definition.open(':memory:');
  await seedFacilitiesDb(source, loadCatalogue(undefined, normalizeText));
  curatedHistory(source, 'edited-three-times');
  copied = await copyFacilitiesToPostgres(source, db);
});
afterAll(async () => {
  await db?.$client.end();
  await server?.stop();
});

const codeOf = (write: PromiseLike<unknown>) =>
  Promise.resolve(write).then(
    () => 'no error',
    (error: { cause?: { code?: string }; code?: string }) => error.cause?.code ?? error.code,
  );
const revision = (id: string, version: number) => ({ entityType: 'facility', entityId: id, version, action: 'UPDATE', actorSub: 'bob', changes: [] });

describe('facilities on PostgreSQL: tables and rules', () => {
  it('creates every table of the SQLite store (less its FTS5 index) in the facilities schema', async () => {
    const { rows } = await db.$client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'facilities' ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      ...['__drizzle_migrations', 'entries', 'facilities', 'facility_links', 'idempotency_keys', 'organisations', 'outbox'],
      ...[
        'problem_reports',
        'request_nonces',
        'revisions',
        'text_search_documents',
        'text_search_state',
        'text_search_words',
        'webhook_deliveries',
        'webhook_subscriptions',
      ],
    ]);
  });

  it("applies kit's database rules: revisions append-only, versions step by one", async () => {
    expect(await codeOf(db.update(pg.revisions).set({ comment: 'rewritten' }))).toBe('23001');
    expect(await codeOf(db.update(pg.entries).set({ version: 9 }).where(sql`entity_id = 'edited-three-times'`))).toBe('40001');
    expect(await codeOf(db.insert(pg.revisions).values(revision('edited-three-times', 2)))).toBe('23514');
  });
});

describe('facilities on PostgreSQL: the copy from SQLite', () => {
  it('copies every row of every table, equal to what SQLite reads', async () => {
    for (const [from, to] of [
      [sqlite.organisations, pg.organisations],
      [sqlite.facilities, pg.facilities],
      [sqlite.entries, pg.entries],
    ] as const) {
      const rows = source.select().from(from).all();
      expect(rows.length).toBeGreaterThan(5);
      expect(await db.select().from(to).orderBy(sql`1, 2`)).toEqual(source.select().from(from).orderBy(sql`1, 2`).all());
    }
    expect(copied.facility_links).toBe(source.select({ n: count() }).from(sqlite.facilityLinks).get()?.n);
  });

  it('copies the history: revisions in order with their ids, and new revisions numbered after them', async () => {
    const history = await db.select().from(pg.revisions).where(sql`entity_id = 'edited-three-times'`).orderBy(pg.revisions.id);
    expect(history.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(await db.select().from(pg.revisions).orderBy(pg.revisions.id)).toEqual(source.select().from(sqlite.revisions).orderBy(sqlite.revisions.id).all());
    await db.update(pg.entries).set({ version: 4 }).where(sql`entity_id = 'edited-three-times'`);
    const [next] = await db.insert(pg.revisions).values(revision('edited-three-times', 4)).returning();
    // Without the sequence moved past the copied ids, the next id would collide with the first copied one.
    expect(next?.id).toBeGreaterThan(Math.max(...history.map((r) => r.id)));
  });

  it('lets only a transaction that declares an import write old versions, and then only forward', async () => {
    const imported = (version: number) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('edu_catalogus.import_history', 'on', true)`);
        await tx.insert(pg.revisions).values(revision('edited-three-times', version));
      });
    expect(await codeOf(db.insert(pg.revisions).values(revision('edited-three-times', 3)))).toBe('23514');
    expect(await codeOf(imported(5)), 'beyond the entry').toBe('23514');
    expect(await codeOf(imported(2)), 'older than the latest revision').toBe('23514');
    expect(await codeOf(imported(4))).toBe('no error');
    // The setting ended with its transaction.
    expect(await codeOf(db.insert(pg.revisions).values(revision('edited-three-times', 2)))).toBe('23514');
  });
});

describe('the replay guard shared by replicas', () => {
  it('answers a nonce once across two replicas (two pools), even when both see it at the same moment', async () => {
    const replica = await openFacilitiesPostgres(server.url);
    try {
      const guards = [createSharedReplayGuard({ pool: db.$client }), createSharedReplayGuard({ pool: replica.$client })];
      const now = Date.now();
      const answers = await Promise.all(guards.map((guard) => guard.check(now, 'nonce-shared-0000001')));
      expect(answers.filter((a) => a === null)).toHaveLength(1);
      expect(answers.find((a) => a !== null)).toMatch(/replay/);
      expect(await guards[0]!.check(now, 'nonce-shared-0000001')).toMatch(/replay/);
      expect(await guards[1]!.check(now, 'nonce-shared-0000002')).toBeNull();
      expect(await guards[0]!.check(now - 120_000, 'nonce-shared-0000003')).toMatch(/older than a minute/);
    } finally {
      await replica.$client.end();
    }
  });

  it('forgets a nonce once its window has passed, and sweeps expired ones', async () => {
    let now = Date.now();
    const guard = createSharedReplayGuard({ pool: db.$client, now: () => now, windowMs: 1000, sweepEvery: 2 });
    expect(await guard.check(now, 'nonce-expiring-00001')).toBeNull();
    now += 2500;
    expect(await guard.check(now, 'nonce-expiring-00001')).toBeNull();
    const { rows } = await db.$client.query<{ n: number }>(`SELECT count(*)::int AS n FROM request_nonces WHERE expires_at < now()`);
    expect(rows[0]?.n).toBe(0);
  });
});

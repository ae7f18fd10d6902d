/**
 * The tools subgraph's PostgreSQL migrations on a real server: they apply (twice, and from two
 * processes' worth of connections at once), and the database itself keeps revisions and the outbox
 * append-only, versions stepping by one and outbox sequence numbers in commit order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type ChangeNotice, createSharedReplayGuard, listenForChanges } from '@edu-catalogus/kit/postgres';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openToolsPostgres, PG_MIGRATIONS, type ToolsPgDb } from '../src/store/pg-open.ts';
import { entries, outbox, revisions } from '../src/store/pg-tables.ts';

let server: StartedPostgres;
let db: ToolsPgDb;
beforeAll(async () => {
  server = await startPostgres();
  db = await openToolsPostgres(server.url);
});
afterAll(async () => {
  await db?.$client.end();
  await server?.stop();
});

const entry = (id: string, version = 1) => ({ entityType: 'tool', entityId: id, version, status: 'DRAFT' as const, published: null, draft: { name: id } });
const revision = (id: string, version: number) => ({ entityType: 'tool', entityId: id, version, action: 'CREATE', actorSub: 'alice', changes: [] });
/** The SQLSTATE of the error `write` fails with. */
const codeOf = (write: Promise<unknown>) =>
  write.then(
    () => 'no error',
    (error: { cause?: { code?: string }; code?: string }) => error.cause?.code ?? error.code,
  );

describe('tools on PostgreSQL: migrations', () => {
  it('creates every table of the SQLite store in the tools schema, with the search documents', async () => {
    const { rows } = await db.$client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'tools' ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      '__drizzle_migrations',
      ...['alternatives', 'categories', 'entries', 'idempotency_keys', 'outbox', 'problem_reports', 'product_names', 'products'],
      ...['request_nonces', 'revisions', 'tool_facets', 'tool_search_documents', 'tool_search_words', 'tools'],
    ]);
  });

  it('applies once when replicas open the same database together, and again as a no-op', async () => {
    const more = await Promise.all([openToolsPostgres(server.url), openToolsPostgres(server.url)]);
    await Promise.all(more.map((other) => other.$client.end()));
    const { rows } = await db.$client.query<{ n: number }>('SELECT count(*)::int AS n FROM tools.__drizzle_migrations');
    const journal = JSON.parse(readFileSync(path.join(PG_MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    expect(journal.entries.length).toBeGreaterThan(2);
    expect(rows[0]?.n).toBe(journal.entries.length);
  });

  it('names no schema in the committed migrations (npm run db:generate:pg drops drizzle-kit\'s "public".)', () => {
    for (const file of readdirSync(PG_MIGRATIONS).filter((name) => name.endsWith('.sql'))) {
      expect(readFileSync(`${PG_MIGRATIONS}/${file}`, 'utf8'), file).not.toContain('"public".');
    }
  });

  it('keeps a second subgraph schema apart in the same database', async () => {
    const other = await openToolsPostgres(server.url, 'tools_two');
    try {
      await other.insert(entries).values(entry('only-in-two'));
      expect(await db.select().from(entries).where(sql`entity_id = 'only-in-two'`)).toEqual([]);
    } finally {
      await other.$client.end();
    }
  });

  it('writes ISO times like SQLite does', async () => {
    const [row] = await db.insert(entries).values(entry('iso-time')).returning();
    expect(row?.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe('tools on PostgreSQL: what the database enforces', () => {
  it('refuses to update, delete or truncate a revision', async () => {
    await db.insert(entries).values(entry('kept'));
    await db.insert(revisions).values(revision('kept', 1));
    expect(await codeOf(db.update(revisions).set({ comment: 'rewritten' }).where(sql`entity_id = 'kept'`))).toBe('23001');
    expect(await codeOf(db.delete(revisions).where(sql`entity_id = 'kept'`))).toBe('23001');
    expect(await codeOf(db.execute(sql`TRUNCATE revisions`))).toBe('23001');
    expect(await db.select().from(revisions).where(sql`entity_id = 'kept'`)).toHaveLength(1);
  });

  it('refuses to update, delete or truncate the outbox', async () => {
    await db.insert(outbox).values({ entityType: 'tool', entityId: 'kept', action: 'published', version: 1, fields: [], at: new Date().toISOString() });
    expect(await codeOf(db.update(outbox).set({ version: 9 }))).toBe('23001');
    expect(await codeOf(db.delete(outbox))).toBe('23001');
    expect(await codeOf(db.execute(sql`TRUNCATE outbox`))).toBe('23001');
  });

  it('refuses a revision that names another version than its entry is at', async () => {
    await db.insert(entries).values(entry('gapless'));
    expect(await codeOf(db.insert(revisions).values(revision('gapless', 2)))).toBe('23514');
    expect(await codeOf(db.insert(revisions).values(revision('nobody', 1)))).toBe('23514');
  });

  it('lets a version step up by one only: two writers that read the same version cannot both write the next', async () => {
    await db.insert(entries).values(entry('contested'));
    await db.update(entries).set({ version: 2 }).where(sql`entity_id = 'contested'`);
    // The second writer read version 2 too and writes 3 over the first writer's 3.
    await db.update(entries).set({ version: 3 }).where(sql`entity_id = 'contested'`);
    expect(await codeOf(db.update(entries).set({ version: 3 }).where(sql`entity_id = 'contested'`))).toBe('40001');
    expect(await codeOf(db.update(entries).set({ version: 5 }).where(sql`entity_id = 'contested'`))).toBe('40001');
    expect(await codeOf(db.update(entries).set({ version: 1 }).where(sql`entity_id = 'contested'`))).toBe('40001');
  });

  it('hands out outbox sequence numbers in commit order', async () => {
    const first = new pg.Client({ connectionString: server.url, options: '-c search_path=tools,public' });
    const second = new pg.Client({ connectionString: server.url, options: '-c search_path=tools,public' });
    await Promise.all([first.connect(), second.connect()]);
    try {
      const append = (client: pg.Client, id: string) =>
        client.query(`INSERT INTO outbox (entity_type, entity_id, action, version, fields, at) VALUES ('tool', $1, 'updated', 2, '[]', $2)`, [
          id,
          new Date().toISOString(),
        ]);
      await first.query('BEGIN');
      await append(first, 'first-begun');
      await second.query('BEGIN');
      // The second writer waits for the first to commit: its row cannot be seen before the first's.
      const waiting = append(second, 'second-begun').then(() => second.query('COMMIT'));
      const { rows: locks } = await first.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
      await first.query('COMMIT');
      await waiting;
      const ordered = await db.select({ id: outbox.entityId }).from(outbox).where(sql`entity_id like '%-begun'`).orderBy(outbox.seq);
      expect(ordered.map((r) => r.id)).toEqual(['first-begun', 'second-begun']);
      expect(locks[0]?.n).toBeLessThanOrEqual(1);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });
});

describe('tools on PostgreSQL: replicas hear of changes', () => {
  const event = (id: string) => ({ entityType: 'tool', entityId: id, action: 'updated', version: 2, fields: ['name'], at: new Date().toISOString() });

  it('announces a committed outbox event, and nothing for one rolled back', async () => {
    const heard: ChangeNotice[] = [];
    let notified: () => void = () => {};
    const listener = await listenForChanges({
      url: server.url,
      onChange: (notice) => {
        heard.push(notice);
        notified();
      },
    });
    try {
      const arrived = new Promise<void>((resolve) => (notified = resolve));
      await db
        .transaction(async (tx) => {
          await tx.insert(outbox).values(event('rolled-back'));
          tx.rollback();
        })
        .catch(() => {});
      const [row] = await db.insert(outbox).values(event('nextcloud')).returning();
      await arrived;
      expect(heard).toEqual([{ schema: 'tools', seq: row?.seq, entityType: 'tool', entityId: 'nextcloud' }]);
    } finally {
      await listener.close();
    }
  });

  it('reconnects when its connection is cut, says so, and hears the next event', async () => {
    let reconnected: () => void = () => {};
    let notified: (notice: ChangeNotice) => void = () => {};
    const back = new Promise<void>((resolve) => (reconnected = resolve));
    const listener = await listenForChanges({ url: server.url, onChange: (notice) => notified(notice), onReconnect: () => reconnected() });
    try {
      await db.execute(sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN edu_catalogus_changes'`);
      await back;
      const heard = new Promise<ChangeNotice>((resolve) => (notified = resolve));
      await db.insert(outbox).values(event('after-reconnect'));
      expect((await heard).entityId).toBe('after-reconnect');
    } finally {
      await listener.close();
    }
  });
});

describe('tools on PostgreSQL: replay nonces shared by replicas', () => {
  it('refuses on one replica a signed request another replica answered, and lets an expired nonce be claimed again', async () => {
    const second = await openToolsPostgres(server.url);
    let now = Date.parse('2026-12-01T06:00:00Z');
    const clock = () => now;
    try {
      const one = createSharedReplayGuard({ pool: db.$client, now: clock });
      const other = createSharedReplayGuard({ pool: second.$client, now: clock, sweepEvery: 2 });
      const nonce = 'replica-nonce-0001';
      expect(await one.check(now, nonce)).toBeNull();
      expect(await other.check(now, nonce)).toMatch(/replay/);
      expect(await one.check(now, nonce)).toMatch(/replay/);
      expect(await other.check(now, 'short')).toMatch(/no nonce/);
      // Two minutes on, the old signature fails the window anyway and its nonce row may be reused.
      now += 2 * 60_000 + 1;
      expect(await other.check(now, nonce)).toBeNull();
      expect(await one.check(now, nonce)).toMatch(/replay/);
      // The second guard's second claim purged what had expired: only the live nonces remain.
      expect(await other.check(now, 'replica-nonce-0002')).toBeNull();
      const { rows } = await db.$client.query<{ nonce: string }>('SELECT nonce FROM tools.request_nonces ORDER BY nonce');
      expect(rows.map((r) => r.nonce)).toEqual(['replica-nonce-0001', 'replica-nonce-0002']);
    } finally {
      await second.$client.end();
    }
  });
});

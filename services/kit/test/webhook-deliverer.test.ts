/**
 * The webhook deliverer (webhooks/deliverer.ts) on both stores, SQLite and PostgreSQL, with a loopback
 * receiver: a receiver that fails for a while is retried until it answers however slowly the feed is read
 * (a loaded machine), one that keeps failing is paused only after the retry schedule and the give-up time,
 * and a pass over a closed database is logged, never an unhandled rejection. On PostgreSQL two deliverers
 * (two replicas' pools) over one database send every event once, in feed order.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFeed } from '../src/changes/feed.ts';
import type { OutboxEvent } from '../src/changes/merge.ts';
import { type StartedPostgres, startPostgres, testPool } from '../src/testing.ts';
import type { StoreDb, StoreTx } from '../src/transaction.ts';
import type { WebhookConfig } from '../src/webhooks/config.ts';
import { createDeliverer } from '../src/webhooks/deliverer.ts';
import { webhookTablesOf } from '../src/webhooks/dialect.ts';
import { SQLITE_TABLES, PG_TABLES } from './webhook-tables.ts';

const SECRET = `whsec_${Buffer.from('a'.repeat(32)).toString('base64')}`;
const eventAt = (seq: number): OutboxEvent => ({
  seq,
  entityType: 'Tool',
  entityId: `tool-${seq}`,
  action: 'published',
  version: 1,
  fields: [],
  at: '2026-11-30T12:00:00.000Z',
});

interface Logged {
  level: string;
  message: string;
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let server: StartedPostgres;
const admin = () => testPool({ connectionString: server.url, max: 1 });
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(() => server?.stop());

/** A fresh store with the webhook tables: SQLite in memory, or a new PostgreSQL schema; `handle()` opens another connection to it (PostgreSQL). */
type Store = { db: StoreDb; close: () => Promise<void>; handle: () => Promise<StoreDb> };
let schemas = 0;
const stores: [string, () => Promise<Store>][] = [
  [
    'SQLite',
    async () => {
      const client = new Database(':memory:');
      client.exec(SQLITE_TABLES);
      const close = async () => void (client.open && client.close());
      return { db: drizzle(client), close, handle: async () => drizzle(client) };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const schema = `webhooks_${++schemas}`;
      const setup = admin();
      await setup.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}; ${PG_TABLES}`);
      await setup.end();
      const pools: pg.Pool[] = [];
      const handle = async () => {
        const pool = testPool({ connectionString: server.url, options: `-c search_path=${schema}` });
        pools.push(pool);
        return drizzlePg(pool);
      };
      const close = async () => void (await Promise.all(pools.filter((p) => !p.ended).map((p) => p.end())));
      return { db: await handle(), close, handle };
    },
  ],
];

/** A receiver that answers 503 to its first `failFirst` requests (all of them when negative), then 204, after `delayMs`; the webhook-ids it got. */
async function receiver(failFirst: number, delayMs = 0): Promise<{ url: string; statuses: number[]; ids: string[] }> {
  const statuses: number[] = [];
  const ids: string[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    const status = failFirst < 0 || statuses.length < failFirst ? 503 : 204;
    statuses.push(status);
    if (status === 204) ids.push(String(req.headers['webhook-id']));
    setTimeout(() => res.writeHead(status).end(), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, statuses, ids };
}

const config = (more: Partial<WebhookConfig>): WebhookConfig => ({
  allow: ['127.0.0.0/8'],
  allowHttp: true,
  retryScheduleMs: [10, 20],
  giveUpAfterMs: 100,
  giveUpAfterAttempts: 5,
  pollMs: 10,
  ...more,
});

/** A deliverer on `db` over one subgraph's outbox holding `events`, each read taking `readMs` (a loaded machine). */
function deliverer(db: StoreDb, options: { config?: Partial<WebhookConfig>; readMs?: number; events?: number } = {}) {
  const events = Array.from({ length: options.events ?? 1 }, (_, i) => eventAt(i + 1));
  const feed = createFeed(['tools'], async (_subgraph, after, first) => {
    await sleep(options.readMs ?? 0);
    return { events: events.filter((e) => e.seq > after).slice(0, first), watermark: new Date().toISOString() };
  });
  const logged: Logged[] = [];
  const log = (level: string) => (_obj: unknown, message: string) => logged.push({ level, message });
  const logger = { warn: log('warn'), error: log('error'), info: log('info'), debug: log('debug') } as never;
  const d = createDeliverer({ db, feed, config: config(options.config ?? {}), logger });
  cleanups.push(() => d.stop());
  return { d, logged };
}

async function subscribe(db: StoreDb, id: string, url: string) {
  await (db as StoreTx).insert(webhookTablesOf(db).webhookSubscriptions).values({ id, org: 'kennisnet', url, types: [], secrets: [SECRET], status: 'ACTIVE' });
}
const subscription = async (db: StoreDb, id = 'sub-1') => {
  const { webhookSubscriptions } = webhookTablesOf(db);
  return (await (db as StoreTx).select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)))[0]!;
};
const deliveries = async (db: StoreDb) =>
  (db as StoreTx).select().from(webhookTablesOf(db).webhookDeliveries).orderBy(webhookTablesOf(db).webhookDeliveries.id);

async function until(condition: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; !(await condition()); await sleep(10)) if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
}

/** A fresh store, closed after the test's deliverers stopped and receivers closed. */
async function fresh(open: () => Promise<Store>): Promise<Store> {
  const store = await open();
  cleanups.push(() => store.close());
  return store;
}

describe.each(stores)('webhook deliverer on %s', (_name, open) => {
  it('retries a receiver that fails for a while until it answers, however slowly the feed is read', async () => {
    const store = await fresh(open);
    const r = await receiver(3);
    await subscribe(store.db, 'sub-1', r.url);
    // Three failures take at least three 150 ms reads: longer than the 100 ms give-up time, fewer than its 5 attempts.
    const { d } = deliverer(store.db, { readMs: 150 });
    d.start();
    await until(
      async () => (await deliveries(store.db)).some((x) => x.status === 204) || (await subscription(store.db)).status === 'PAUSED',
      'a delivery or a pause',
    );
    expect(await subscription(store.db)).toMatchObject({ status: 'ACTIVE', attempts: 0, failingSince: null, lastError: null });
    expect(r.statuses).toEqual([503, 503, 503, 204]);
    expect((await deliveries(store.db)).map((x) => [x.eventId, x.attempt, x.status])).toEqual([
      ['tools-1', 1, 503],
      ['tools-1', 2, 503],
      ['tools-1', 3, 503],
      ['tools-1', 4, 204],
    ]);
  });

  it('pauses a receiver that keeps failing only after the give-up attempts and time, with its last error', async () => {
    const store = await fresh(open);
    const r = await receiver(-1);
    await subscribe(store.db, 'sub-1', r.url);
    const { d } = deliverer(store.db, { config: { giveUpAfterAttempts: 4, giveUpAfterMs: 50 } });
    d.start();
    await until(async () => (await subscription(store.db)).status === 'PAUSED', 'the pause');
    const paused = await subscription(store.db);
    expect(paused).toMatchObject({ status: 'PAUSED', attempts: 4, lastError: 'HTTP 503' });
    expect(Date.parse(paused.nextAttemptAt!) - Date.parse(paused.failingSince!)).toBeGreaterThanOrEqual(50);
    await sleep(100);
    expect(r.statuses).toHaveLength(4); // nothing more while paused
  });

  it('logs a pass over a closed database instead of rejecting, and stop() waits for the pass under way', async () => {
    const store = await fresh(open);
    const r = await receiver(0);
    await subscribe(store.db, 'sub-1', r.url);
    const { d, logged } = deliverer(store.db, { readMs: 100 });
    d.start();
    await sleep(30); // the first pass is reading the feed
    await store.close();
    await expect(d.runOnce()).resolves.toBeUndefined();
    expect(logged.map((l) => l.message)).toContain('webhook delivery round failed');
    await d.stop(); // the pass under way ends (its writes fail on the closed database) without an unhandled rejection
    expect(logged.every((l) => l.level === 'warn')).toBe(true);
  });
});

describe('webhook deliverers of two replicas on one PostgreSQL', () => {
  it('send every event to every subscription once, in feed order', async () => {
    const store = await fresh(stores[1]![1]);
    const receivers = await Promise.all([1, 2, 3].map(() => receiver(0, 20)));
    for (const [i, r] of receivers.entries()) await subscribe(store.db, `sub-${i + 1}`, r.url);
    const events = 8;
    // Two replicas: each its own pool and deliverer over the same tables and feed, polling often.
    const replicas = [deliverer(store.db, { events, config: { pollMs: 5 } }), deliverer(await store.handle(), { events, config: { pollMs: 5 } })];
    for (const { d } of replicas) d.start();
    const all = Array.from({ length: events }, (_, i) => `tools-${i + 1}`);
    await until(async () => receivers.every((r) => r.ids.length >= events), 'every event at every receiver');
    await sleep(200); // a duplicate sent late would arrive now
    for (const { d } of replicas) await d.stop();
    for (const r of receivers) expect(r.ids).toEqual(all);
    const logged = await deliveries(store.db);
    expect(logged).toHaveLength(3 * events);
    expect(logged.every((x) => x.status === 204 && x.attempt === 1)).toBe(true);
    for (const { logged: warnings } of replicas) expect(warnings).toEqual([]);
  });
});

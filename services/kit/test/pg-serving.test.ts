/**
 * Serving a subgraph from PostgreSQL (lifecycle.ts, postgres/serving.ts), with a small test subgraph
 * (fixtures/notes-subgraph) on a real server: the store chosen by URL, seeded once when two replicas
 * start together, readiness, replays refused across replicas, storage errors answered as on SQLite,
 * `npm run seed`, close ending the pool, and a definition without `openPostgres` refused at start.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadSubgraphConfig } from '../src/config.ts';
import { launchSubgraph, reseedSubgraph } from '../src/lifecycle.ts';
import { silentLogger } from '../src/logger.ts';
import { trustingPeers } from '../src/peers.ts';
import { signedBody } from '../src/signing.ts';
import { type StartedPostgres, startPostgres } from '../src/testing.ts';
import type { Db } from '../src/db.ts';
import { defineSubgraph } from '../src/define.ts';
import { definition, type NotesDb, openNotesPostgres } from './fixtures/notes-subgraph/src/definition.ts';

const secret = 'a-test-secret-of-enough-length';
let server: StartedPostgres;
let admin: pg.Client;
let adminOpen = false;
beforeAll(async () => {
  server = await startPostgres();
  admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  adminOpen = true;
}, 120_000);
afterAll(async () => {
  if (adminOpen) await admin.end();
  await server?.stop();
});

async function until(condition: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 10_000; !condition(); await new Promise((resolve) => setTimeout(resolve, 20)))
    if (Date.now() > deadline) throw new Error('timed out waiting');
}

/** A fresh database on the test server, so each test's store starts empty. */
async function database(name: string): Promise<string> {
  await admin.query(`CREATE DATABASE ${name}`);
  return server.url.replace(/\/postgres$/, `/${name}`);
}

const launch = (databaseUrl: string) =>
  launchSubgraph(definition, { databaseFile: ':memory:', databaseUrl, port: 0, logger: silentLogger, secret, peers: trustingPeers });

async function post(url: string, body: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}
const ask = (url: string, query: string, variables?: Record<string, unknown>) => post(url, signedBody(secret, { query, ...(variables ? { variables } : {}) }));
async function readiness(url: string) {
  const response = await fetch(new URL('/readyz', url));
  return { status: response.status, json: (await response.json()) as { status: string; reason?: string } };
}

describe('choosing the store', () => {
  it('reads <NAME>_DATABASE_URL before DATABASE_URL, in the schema of the subgraph; neither: SQLite', () => {
    const load = (env: Record<string, string>) => loadSubgraphConfig('TOOLS_PORT', 4001, 'tools.db', { DATA_DIR: '/tmp/x', ...env }, 'tools');
    expect(load({})).toMatchObject({ databaseUrl: undefined, databaseFile: '/tmp/x/tools.db' });
    expect(load({ DATABASE_URL: 'postgres://all@db/catalogue' })).toMatchObject({
      databaseUrl: 'postgres://all@db/catalogue',
      databaseUrlVariable: 'DATABASE_URL',
      databaseSchema: 'tools',
    });
    expect(load({ DATABASE_URL: 'postgres://all@db/catalogue', TOOLS_DATABASE_URL: 'postgresql://own@db/tools' })).toMatchObject({
      databaseUrl: 'postgresql://own@db/tools',
      databaseUrlVariable: 'TOOLS_DATABASE_URL',
    });
    expect(load({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('refuses a URL that is not PostgreSQL, naming the variable and hiding the value (it may hold a password)', () => {
    const bad = () => loadSubgraphConfig('TOOLS_PORT', 4001, 'tools.db', { TOOLS_DATABASE_URL: 'mysql://u:hunter2@db/x' }, 'tools');
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/TOOLS_DATABASE_URL: must be a postgres:\/\/.*\(value hidden\)/);
    expect(bad).not.toThrow(/hunter2/);
  });

  it('lets only a definition whose functions take either store have openPostgres (types)', () => {
    const { name, portVariable, defaultPort, databaseName, dir } = definition;
    const base = { name, portVariable, defaultPort, databaseName, dir, tables: {}, resolvers: {}, seed: async () => ({}) };
    const sqliteOnly = (db: Db<{}>) => db.$client.open;
    const either = (db: Db<{}> | NotesDb) => db.$client !== undefined;
    const defined = [
      defineSubgraph({ ...base, context: (db) => () => sqliteOnly(db), isEmpty: (db: Db<{}>) => sqliteOnly(db), openPostgres: undefined }),
      defineSubgraph({ ...base, context: (db) => () => either(db), isEmpty: (db: Db<{}> | NotesDb) => either(db), openPostgres: openNotesPostgres }),
      defineSubgraph({
        ...base,
        context: (db) => () => sqliteOnly(db),
        isEmpty: (db: Db<{}>) => sqliteOnly(db),
        // @ts-expect-error a subgraph whose functions take only SQLite cannot open PostgreSQL
        openPostgres: openNotesPostgres,
      }),
    ];
    expect(defined.map((d) => d.openPostgres !== undefined)).toEqual([false, true, true]);
  });

  it('refuses at start-up a URL for a subgraph whose definition has no openPostgres', async () => {
    const { openPostgres: _none, ...sqliteOnly } = definition;
    const started = launchSubgraph(sqliteOnly, {
      databaseFile: ':memory:',
      databaseUrl: server.url,
      databaseUrlVariable: 'NOTES_DATABASE_URL',
      port: 0,
      logger: silentLogger,
      secret,
      peers: trustingPeers,
    });
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(
      /NOTES_DATABASE_URL is set, but the notes subgraph cannot serve from PostgreSQL \(its definition has no openPostgres\)/,
    );
  });

  it('says in one line which URL cannot be reached, without its password', async () => {
    const closed = server.url.replace(/postgres@127\.0\.0\.1:\d+/, 'postgres:hunter2@127.0.0.1:1');
    const started = launch(closed);
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(/postgres:\*\*\*@127\.0\.0\.1:1\/postgres: cannot open the notes store \(ECONNREFUSED/);
    await expect(started).rejects.not.toThrow(/hunter2/);
  });
});

describe('serving from PostgreSQL', () => {
  it('seeds an empty store once when two replicas start together, and both serve it', async () => {
    const url = await database('seeding');
    const [a, b] = await Promise.all([launch(url), launch(url)]);
    try {
      for (const replica of [a, b]) expect((await ask(replica.url, '{ notes }')).json.data).toEqual({ notes: ['seeded 1'] });
      expect((await ask(a.url, 'mutation { addNote(text: "from a") }')).json.data).toEqual({ addNote: 'from a' });
      expect((await ask(b.url, '{ notes }')).json.data).toEqual({ notes: ['seeded 1', 'from a'] });
      for (const replica of [a, b]) expect(await readiness(replica.url)).toEqual({ status: 200, json: { status: 'ready' } });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('refuses a request replayed to another replica: the nonces are shared in the database', async () => {
    const url = await database('replays');
    const [a, b] = await Promise.all([launch(url), launch(url)]);
    try {
      const body = signedBody(secret, { query: '{ notes }' });
      expect((await post(a.url, body)).status).toBe(200);
      const replayed = await post(b.url, body);
      expect(replayed.status).toBe(401);
      expect(replayed.json.errors?.[0]?.message).toMatch(/already answered/);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('ends its pool on close', async () => {
    const running = await launch(await database('closing'));
    const pool = running.db.$client as pg.Pool;
    expect(pool.totalCount).toBeGreaterThan(0);
    await running.close();
    expect(pool.ended).toBe(true);
    await expect(pool.query('SELECT 1')).rejects.toThrow(/end on the pool/);
  });

  it('reseeds (npm run seed) the store DATABASE_URL or NOTES_DATABASE_URL names', async () => {
    const url = await database('reseeding');
    await (await launch(url)).close();
    await reseedSubgraph(definition, { DATABASE_URL: url });
    await reseedSubgraph(definition, { NOTES_DATABASE_URL: url, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    const running = await launch(url);
    try {
      expect((await ask(running.url, '{ notes }')).json.data).toEqual({ notes: ['seeded 1', 'seeded 2', 'seeded 3'] });
    } finally {
      await running.close();
    }
  });
});

describe('a store that cannot take writes or does not answer', () => {
  it('is not ready on a read-only server and refuses writes with STORAGE_UNAVAILABLE', async () => {
    const url = await database('standby_like');
    const running = await launch(url);
    try {
      await admin.query('ALTER DATABASE standby_like SET default_transaction_read_only = on');
      // Connections made from now on are read-only (as on a standby); the pool's current ones are cut.
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'standby_like'`);
      await until(() => (running.db.$client as pg.Pool).totalCount === 0);
      const ready = await readiness(running.url);
      expect(ready.status).toBe(503);
      expect(ready.json.reason).toMatch(/takes no writes/);
      const write = await ask(running.url, 'mutation { addNote(text: "lost") }');
      expect(write.json.errors?.[0]?.extensions?.code).toBe('STORAGE_UNAVAILABLE');
      expect(write.json.errors?.[0]?.message).toMatch(/nothing was saved/);
      expect((await ask(running.url, '{ notes }')).json.data).toEqual({ notes: ['seeded 1'] });
    } finally {
      await running.close();
    }
  });

  it('is not ready, and answers SERVICE_UNAVAILABLE, when the server is gone (last: it stops the file server)', async () => {
    const running = await launch(await database('vanishing'));
    try {
      expect((await readiness(running.url)).status).toBe(200);
      adminOpen = false;
      await admin.end();
      await server.stop();
      const ready = await readiness(running.url);
      expect(ready.status).toBe(503);
      expect(ready.json.reason).toMatch(/PostgreSQL does not answer \(.*(ECONNREFUSED|terminat)/);
      const read = await ask(running.url, '{ notes }');
      expect(read.json.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await running.close();
    }
  });
});

/**
 * The schools subgraph's two stores for tests that run on both: a SQLite file and a PostgreSQL schema of
 * the file's one server (`startPostgres()`), each with a second handle on the same data, as another replica
 * opens it. Usage tests want an empty store per test: each `open` makes a new file or schema.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDatabase } from '@edu-catalogus/kit/data';
import type { Peers } from '@edu-catalogus/kit/runtime';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { afterAll, beforeAll } from 'vitest';
import { definition } from '../src/definition.ts';
import type { SchoolsStoreDb } from '../src/store/dialect.ts';
import type { SchoolsPgDb } from '../src/store/pg-open.ts';

export interface Stores {
  db: SchoolsStoreDb;
  /** Another connection (SQLite) or pool (PostgreSQL) on the same data. */
  replica: SchoolsStoreDb;
  close(): Promise<void>;
}

export type Server = ReturnType<typeof definition.createServer>;

/** The subgraph served over `db` and, as another replica, over `replica`. */
export const serve = (stores: Stores, peers: Peers): { server: Server; replica: Server } => ({
  server: definition.createServer({ db: stores.db as never, peers }),
  replica: definition.createServer({ db: stores.replica as never, peers }),
});

let opened = 0;

async function sqliteStores(): Promise<Stores> {
  const dir = mkdtempSync(path.join(tmpdir(), 'schools-'));
  const file = path.join(dir, 'schools.db');
  const db = definition.open(file);
  const replica = definition.open(file);
  return {
    db,
    replica,
    close: async () => {
      for (const d of [db, replica]) closeDatabase(d.$client);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresStores(server: StartedPostgres): Promise<Stores> {
  const schema = `schools_${++opened}`;
  // Opened as the subgraph opens it when given a URL.
  const open = async () => (await definition.openPostgres!(server.url, schema)) as SchoolsPgDb;
  const db = await open();
  const replica = await open();
  return { db, replica, close: async () => void (await Promise.all([db.$client.end(), replica.$client.end()])) };
}

/**
 * `[name, open]` per store for `describe.each`; each `open` is a new, empty store. Call it once per file,
 * at its top level: it starts the file's PostgreSQL server before the tests and stops it after them.
 */
export function bothStores(): [string, () => Promise<Stores>][] {
  let server: StartedPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });
  return [
    ['SQLite', sqliteStores],
    ['PostgreSQL', () => postgresStores(server!)],
  ];
}

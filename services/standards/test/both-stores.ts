/**
 * The standards subgraph's two stores for tests that run on both: a seeded SQLite file and a seeded
 * PostgreSQL schema, each with a second handle on the same data (as another replica would open it), and
 * the SQL each sent, for tests that count queries. One PostgreSQL server per test file (`startPostgres()`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { closeDatabase } from '@edu-catalogus/kit/data';
import { stopBackgroundWork } from '@edu-catalogus/kit/search';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { afterAll, beforeAll } from 'vitest';
import { seedStandardsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import type { StandardsStoreDb } from '../src/store/dialect.ts';
import type { StandardsPgDb } from '../src/store/pg-open.ts';

export const catalogue = loadCatalogue(undefined, normalizeText);

export interface Stores {
  /** The seeded store the tests read and write through. */
  db: StandardsStoreDb;
  /** A second handle on the same data: another connection (SQLite) or pool (PostgreSQL), as a replica has. */
  replica: StandardsStoreDb;
  /** SQL sent through `db` since the test cleared it. */
  queries: string[];
  close(): Promise<void>;
}

async function sqliteStores(): Promise<Stores> {
  const dir = mkdtempSync(path.join(tmpdir(), 'standards-'));
  const file = path.join(dir, 'standards.db');
  const queries: string[] = [];
  const db = definition.open(file, (sql) => queries.push(sql));
  await seedStandardsDb(db, catalogue);
  const replica = definition.open(file);
  return {
    db,
    replica,
    queries,
    close: async () => {
      // A search's worker thread (started on the first search of a file) stops before its database closes.
      for (const d of [db, replica]) await stopBackgroundWork(d.$client);
      for (const d of [db, replica]) closeDatabase(d.$client);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresStores(server: StartedPostgres): Promise<Stores> {
  // Opened as the subgraph opens it when given a URL.
  const open = async () => (await definition.openPostgres!(server.url, 'standards')) as StandardsPgDb;
  const db = await open();
  await seedStandardsDb(db, catalogue);
  const replica = await open();
  const queries: string[] = [];
  // Counts what the pool is sent (drizzle's node-postgres session calls pool.query with a config object).
  const query = db.$client.query.bind(db.$client) as (...args: unknown[]) => unknown;
  db.$client.query = ((config: { text?: string } | string, ...rest: unknown[]) => {
    queries.push(typeof config === 'string' ? config : (config.text ?? ''));
    return query(config, ...rest);
  }) as typeof db.$client.query;
  return { db, replica, queries, close: async () => void (await Promise.all([db.$client.end(), replica.$client.end()])) };
}

/**
 * `[name, open]` per store for `describe.each`. Call it once per file, at its top level: it starts the
 * file's PostgreSQL server before the tests and stops it after them.
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

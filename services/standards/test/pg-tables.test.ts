/**
 * The standards subgraph on a real PostgreSQL: its migrations (kit's shared extensions and database
 * rules, linked) and the copy of the seeded SQLite store with its history, row for row.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStandardsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { copyStandardsToPostgres } from '../src/store/pg-copy-from-sqlite.ts';
import { openStandardsPostgres, type StandardsPgDb } from '../src/store/pg-open.ts';
import * as pg from '../src/store/pg-tables.ts';
import * as sqlite from '../src/store/tables.ts';

let server: StartedPostgres;
let db: StandardsPgDb;
let source: sqlite.StandardsDb;

beforeAll(async () => {
  server = await startPostgres();
  db = await openStandardsPostgres(server.url);
  source = definition.open(':memory:');
  await seedStandardsDb(source, loadCatalogue(undefined, normalizeText));
  // Seeding writes no revisions: an entry edited twice, as curation leaves it in SQLite.
  source
    .insert(sqlite.entries)
    .values({ entityType: 'standard', entityId: 'edited-twice', version: 2, status: 'DRAFT', draft: { name: 'x' } })
    .run();
  for (const version of [1, 2]) {
    source
      .insert(sqlite.revisions)
      .values({ entityType: 'standard', entityId: 'edited-twice', version, action: 'UPDATE', actorSub: 'alice', changes: [] })
      .run();
  }
  await copyStandardsToPostgres(source, db);
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

describe('standards on PostgreSQL', () => {
  it('creates every table of the SQLite store (less its FTS5 index) in the standards schema', async () => {
    const { rows } = await db.$client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'standards' ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      ...['__drizzle_migrations', 'entries', 'idempotency_keys', 'outbox', 'problem_reports', 'request_nonces', 'revisions'],
      ...['standard_sectors', 'standard_versions', 'standards', 'text_search_documents', 'text_search_state', 'text_search_words'],
    ]);
  });

  it('copies the seeded store row for row (booleans and JSON included), with its history', async () => {
    for (const [from, to] of [
      [sqlite.standards, pg.standards],
      [sqlite.standardVersions, pg.standardVersions],
      [sqlite.standardSectors, pg.standardSectors],
      [sqlite.entries, pg.entries],
      [sqlite.revisions, pg.revisions],
    ] as const) {
      const rows = source.select().from(from).orderBy(sql`1, 2`).all();
      expect(rows.length).toBeGreaterThan(1);
      expect(await db.select().from(to).orderBy(sql`1, 2`)).toEqual(rows);
    }
  });

  it("keeps kit's database rules: revisions append-only, versions step by one", async () => {
    const one = sql`entity_id = 'edited-twice'`;
    expect(await codeOf(db.delete(pg.revisions).where(one))).toBe('23001');
    expect(await codeOf(db.update(pg.entries).set({ version: 4 }).where(one))).toBe('40001');
    expect(await codeOf(db.update(pg.entries).set({ version: 3 }).where(one))).toBe('no error');
  });
});

/**
 * Backup and restore of subgraphs stored in PostgreSQL (DATABASE_URL), through the real commands, on a
 * throwaway server: every schema backed up from one snapshot, restored into a second database with every
 * row equal, the database's append-only rules still enforced, and the next write taking the next version.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCuration, createReportStore, type EntityAdapter, readOutbox } from '@edu-catalogus/kit/curation';
import { openPostgres, type PgDb } from '@edu-catalogus/kit/postgres';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Manifest } from '../src/database-files.ts';
import { storeChoices } from '../src/pg-selection.ts';

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
// COPY's text format escapes these; they must come back as they were.
const awkward = 'tab\there, new\nline, back\\slash, "quotes", émoji 📚, \\N';

let server: StartedPostgres;
let restoredUrl: string;
let scratch: string;
const open: PgDb<any>[] = [];
const choices = () => storeChoices({ DATABASE_URL: server.url }).filter((c) => c.store === 'postgres');
const openSchema = async (url: string, choice: ReturnType<typeof choices>[number]) => {
  const db = await openPostgres({ url, schema: choice.schema, tables: {}, migrationsFolder: choice.migrationsFolder });
  open.push(db);
  return db;
};

/** A curated history in one subgraph's schema: published, edited and archived entries, reports, and catalogue rows. */
async function write(db: PgDb<any>, schema: string) {
  const curation = createCuration(db, adapter, options);
  for (const id of ['one', 'two', 'three']) {
    await curation.create(alice, id, { name: `${schema} ${id} ${awkward}` });
    await curation.submit(alice, id, { expectedVersion: 1 });
    await curation.publish(bob, id, { expectedVersion: 2 });
  }
  await curation.update(alice, 'two', 3, { name: 'Tweede, bewerkt' });
  await curation.archive(bob, 'three', { expectedVersion: 3 }); // a request, approved by a second curator
  await curation.archive(alice, 'three', { expectedVersion: 4 });
  // schools has no problem reports (nor idempotency keys)
  if (schema !== 'schools') await createReportStore(db).add('Note', 'one', { message: 'De link op deze pagina werkt niet meer.' });
  if (schema === 'tools') {
    await db.$client.query(`INSERT INTO tool_search_words VALUES ('woordenboek'), ($1)`, [awkward]);
    await db.$client.query(
      `INSERT INTO categories (id, name_nl, name_en, sources, certainty, uncertainties) VALUES ('toetsen', $1, 'Tests', $2, 'CONFIRMED', '[]')`,
      [awkward, JSON.stringify([{ url: 'https://example.org', note: awkward }])],
    );
  } else {
    await db.$client.query(`INSERT INTO text_search_documents VALUES ('notes', 'one', to_tsvector('catalogue_nl', 'enquêtes maken voor leerlingen'))`);
  }
}

beforeAll(async () => {
  server = await startPostgres();
  scratch = mkdtempSync(path.join(tmpdir(), 'edu-pg-backup-'));
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE restored');
  await admin.end();
  const url = new URL(server.url);
  url.pathname = '/restored';
  restoredUrl = url.toString();
  for (const choice of choices()) await write(await openSchema(server.url, choice), choice.schema);
}, 300_000);
afterAll(async () => {
  for (const db of open) await db.$client.end();
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

function run(cli: string, dir: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/${cli}`, dir], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, DATA_DIR: path.join(scratch, 'data'), ...env },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

/** Every table of a schema, each row as PostgreSQL prints it, in order. */
async function contents(url: string, schema: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY 1`, [schema])).rows.map((r) => r.tablename as string);
    const out: Record<string, string[]> = {};
    for (const t of tables) out[t] = (await client.query(`SELECT t::text AS r FROM "${schema}"."${t}" t ORDER BY 1`)).rows.map((r) => r.r as string);
    return out;
  } finally {
    await client.end();
  }
}

describe('backup and restore on PostgreSQL', () => {
  const backupDir = () => path.join(scratch, 'backup');

  it('backs up every schema and restores it into an empty database with every row equal', async () => {
    const backup = await run('backup-cli.ts', backupDir(), { DATABASE_URL: server.url });
    expect(backup.code, backup.output).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(backupDir(), 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.databases).toEqual([]);
    expect(manifest.postgres!.map((p) => p.subgraph)).toEqual(choices().map((c) => c.subgraph));
    const tools = manifest.postgres!.find((p) => p.subgraph === 'tools')!;
    expect(Object.fromEntries(tools.tables.map((t) => [t.table, t.rows]))).toMatchObject({ entries: 3, revisions: 12, outbox: 4, problem_reports: 1 });
    expect(tools.tables.find((t) => t.table === '__drizzle_migrations')!.rows).toBe(tools.migrations.length);

    const restore = await run('restore-cli.ts', backupDir(), { DATABASE_URL: restoredUrl });
    expect(restore.code, restore.output).toBe(0);
    for (const { schema } of choices()) {
      const [live, restored] = [await contents(server.url, schema), await contents(restoredUrl, schema)];
      expect(Object.keys(restored)).toEqual(Object.keys(live));
      expect(restored).toEqual(live);
      expect(restored.revisions!.length).toBeGreaterThan(0);
    }
  }, 300_000);

  it('keeps revisions and the outbox append-only after a restore, and the next write takes the next version and id', async () => {
    const choice = choices().find((c) => c.subgraph === 'tools')!;
    const db = await openSchema(restoredUrl, choice);
    for (const statement of ['UPDATE revisions SET actor_sub = $1', 'DELETE FROM revisions WHERE actor_sub <> $1', 'UPDATE outbox SET entity_id = $1'])
      await expect(db.$client.query(statement, ['mallory'])).rejects.toMatchObject({ code: '23001' });
    const before = await db.$client.query('SELECT max(id) AS id FROM revisions');
    const curation = createCuration(db, adapter, options);
    expect(await curation.update(alice, 'two', 4, { name: 'Na de restore' })).toMatchObject({ version: 5 });
    await curation.create(alice, 'four', { name: 'Nieuw' });
    await curation.submit(alice, 'four', { expectedVersion: 1 });
    await curation.publish(bob, 'four', { expectedVersion: 2 });
    const revisions = await db.$client.query('SELECT id, entity_id, version FROM revisions WHERE id > $1 ORDER BY id', [before.rows[0].id]);
    expect(revisions.rows.map((r) => [r.id - before.rows[0].id, r.entity_id, r.version])).toEqual([
      [1, 'two', 5],
      [2, 'four', 1],
      [3, 'four', 2],
      [4, 'four', 3],
    ]);
    const { events } = await readOutbox(db, 0, 100);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  }, 120_000);

  it('refuses a schema that is not empty, and an altered backup, changing nothing', async () => {
    const again = await run('restore-cli.ts', backupDir(), { DATABASE_URL: restoredUrl });
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/restore refused: schema "tools" of postgres:\/\/127\.0\.0\.1:\d+\/restored is not empty \(.*table entries/);
    const altered = path.join(scratch, 'altered');
    expect((await run('backup-cli.ts', altered, { DATABASE_URL: server.url })).code).toBe(0);
    writeFileSync(path.join(altered, 'standards.pg', 'revisions.copy'), 'not a copy\n', { flag: 'a' });
    const refused = await run('restore-cli.ts', altered, { DATABASE_URL: restoredUrl });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/standards\.pg\/revisions\.copy does not match its checksum/);
    expect((await contents(restoredUrl, 'tools')).entries).toHaveLength(4);
  }, 300_000);
});

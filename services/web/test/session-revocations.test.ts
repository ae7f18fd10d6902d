/**
 * Sign-outs outlive a restart of the site and hold on every instance: read back from DATA_DIR/revoked-sessions,
 * or kept in PostgreSQL for instances that share no DATA_DIR (WEB_DATABASE_URL).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, silentLogger } from '@edu-catalogus/kit/runtime';
import { startPostgres, type StartedPostgres } from '@edu-catalogus/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionRevocations, REVOKED_SESSIONS_FILE } from '../src/curation/revocations.ts';
import { openSharedRevocations, type SharedRevocations } from '../src/curation/shared-revocations.ts';
import { SESSION_COOKIE } from '../src/curation/session.ts';
import { startWeb } from '../src/serve.ts';
import { createWebApp } from '../src/server.tsx';

const dir = mkdtempSync(path.join(tmpdir(), 'web-revocations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const session = (token: string, exp: number) => ({ token, sub: 's', name: 'S', org: 'kennisnet', roles: ['curator'], exp });
const inAnHour = Math.floor(Date.now() / 1000) + 3600;

describe('revoked sessions', () => {
  it('stay revoked after a restart, in a file only the owner reads; expired ones are dropped', async () => {
    const file = path.join(dir, REVOKED_SESSIONS_FILE);
    const before = createSessionRevocations(file);
    await before.revoke(session('signed-out-token', inAnHour));
    expect(before.isRevoked('signed-out-token')).toBe(true);

    const restarted = createSessionRevocations(file);
    expect(restarted.isRevoked('signed-out-token')).toBe(true);
    expect(restarted.isRevoked('another-token')).toBe(false);
    expect(readFileSync(file, 'utf8')).not.toContain('signed-out-token');
    expect(statSync(file).mode & 0o077).toBe(0);

    // A line whose token has expired since is not kept.
    const stale = createSessionRevocations(file);
    await stale.revoke(session('soon-expired', inAnHour));
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const rewritten = lines.map((line) => (line === lines.at(-1) ? `${line.split(' ')[0]} ${Date.now() - 1000}` : line)).join('\n');
    writeFileSync(file, `${rewritten}\n`);
    createSessionRevocations(file);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('revoke on every running instance that shares DATA_DIR, not only on the one signed out on', async () => {
    const file = path.join(dir, 'shared', REVOKED_SESSIONS_FILE);
    const a = createSessionRevocations(file);
    const b = createSessionRevocations(file);
    expect(b.isRevoked('copied-cookie')).toBe(false);
    await a.revoke(session('copied-cookie', inAnHour));
    expect(b.isRevoked('copied-cookie')).toBe(true);
    await b.revoke(session('second-token', inAnHour));
    expect(a.isRevoked('second-token')).toBe(true);
    expect(a.isRevoked('never-signed-out')).toBe(false);
  });
});

describe('revoked sessions on PostgreSQL (instances with no DATA_DIR in common)', () => {
  let server: StartedPostgres;
  const opened: SharedRevocations[] = [];
  const instance = async () => {
    const revocations = await openSharedRevocations({ url: server.url, schema: 'web_test' });
    opened.push(revocations);
    return revocations;
  };
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    for (const revocations of opened) await revocations.close();
    await server?.stop();
  });

  it('a sign-out on one instance holds on the next request to another, and on an instance started later', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    await b.lookUp(['copied-cookie']);
    expect(b.isRevoked('copied-cookie')).toBe(false);
    await a.revoke(session('copied-cookie', inAnHour));
    expect(a.isRevoked('copied-cookie')).toBe(true);
    // B learns it when a request carrying the cookie arrives, not later.
    await b.lookUp(['copied-cookie', 'never-signed-out']);
    expect(b.isRevoked('copied-cookie')).toBe(true);
    expect(b.isRevoked('never-signed-out')).toBe(false);
    const later = await instance();
    await later.lookUp(['copied-cookie']);
    expect(later.isRevoked('copied-cookie')).toBe(true);
  });

  it('stores a hash of the token, never the token, and deletes rows whose token has expired when an instance starts', async () => {
    const a = await instance();
    await a.revoke(session('secret-token-value', inAnHour));
    await a.revoke(session('expires-soon', inAnHour + 60));
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const all = async () => (await client.query('SELECT hash, until FROM web_test.revoked_sessions')).rows as { hash: string; until: Date }[];
      expect(JSON.stringify(await all())).not.toContain('secret-token-value');
      // As if 'expires-soon' had expired in the meantime.
      await client.query(
        `UPDATE web_test.revoked_sessions SET until = now() - interval '1 second' WHERE until = (SELECT max(until) FROM web_test.revoked_sessions)`,
      );
      const count = (await all()).length;
      await instance();
      expect((await all()).length).toBe(count - 1);
    } finally {
      await client.end();
    }
  });

  it("stops the site's start-up in one line naming the setting, without the password, when PostgreSQL cannot be reached", async () => {
    const databaseUrl = 'postgres://site:s3cret@127.0.0.1:1/catalogue';
    const failed = await startWeb({
      port: 0,
      gatewayUrl: 'http://127.0.0.1:9/graphql',
      logger: silentLogger,
      databaseUrl,
      databaseUrlVariable: 'DATABASE_URL',
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ConfigError);
    expect((failed as Error).message).toMatch(
      /^DATABASE_URL=postgres:\/\/site:\*\*\*@127\.0\.0\.1:1\/catalogue: cannot open the site's sign-outs \(ECONNREFUSED/,
    );
    expect((failed as Error).message).not.toContain('s3cret');
  });

  it('answers 500 to a request with a session cookie it cannot look up, rather than trust the cookie', async () => {
    const unreachable = {
      revoke: async () => {},
      lookUp: async () => {
        throw new Error('connection terminated');
      },
      isRevoked: () => false,
    };
    const app = createWebApp({ gatewayUrl: 'http://127.0.0.1:9/graphql', logger: silentLogger, revocations: unreachable });
    const page = await app.request('/redactie', { headers: { cookie: `${SESSION_COOKIE}=a-curator-token` } });
    expect(page.status).toBe(500);
    expect(await page.text()).not.toContain('connection terminated');
  });
});

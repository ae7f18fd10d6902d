/** Sign-outs outlive a restart of the site: the revocations are read back from DATA_DIR/revoked-sessions. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSessionRevocations, REVOKED_SESSIONS_FILE } from '../src/curation/session.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'web-revocations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const session = (token: string, exp: number) => ({ token, sub: 's', name: 'S', org: 'kennisnet', roles: ['curator'], exp });
const inAnHour = Math.floor(Date.now() / 1000) + 3600;

describe('revoked sessions', () => {
  it('stay revoked after a restart, in a file only the owner reads; expired ones are dropped', () => {
    const file = path.join(dir, REVOKED_SESSIONS_FILE);
    const before = createSessionRevocations(file);
    before.revoke(session('signed-out-token', inAnHour));
    expect(before.isRevoked('signed-out-token')).toBe(true);

    const restarted = createSessionRevocations(file);
    expect(restarted.isRevoked('signed-out-token')).toBe(true);
    expect(restarted.isRevoked('another-token')).toBe(false);
    expect(readFileSync(file, 'utf8')).not.toContain('signed-out-token');
    expect(statSync(file).mode & 0o077).toBe(0);

    // A line whose token has expired since is not kept.
    const stale = createSessionRevocations(file);
    stale.revoke(session('soon-expired', inAnHour));
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const rewritten = lines.map((line) => (line === lines.at(-1) ? `${line.split(' ')[0]} ${Date.now() - 1000}` : line)).join('\n');
    writeFileSync(file, `${rewritten}\n`);
    createSessionRevocations(file);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('revoke on every running instance that shares DATA_DIR, not only on the one signed out on', () => {
    const file = path.join(dir, 'shared', REVOKED_SESSIONS_FILE);
    const a = createSessionRevocations(file);
    const b = createSessionRevocations(file);
    expect(b.isRevoked('copied-cookie')).toBe(false);
    a.revoke(session('copied-cookie', inAnHour));
    expect(b.isRevoked('copied-cookie')).toBe(true);
    b.revoke(session('second-token', inAnHour));
    expect(a.isRevoked('second-token')).toBe(true);
    expect(a.isRevoked('never-signed-out')).toBe(false);
  });
});

/**
 * Signed-out sessions: their tokens (by hash) are refused until they expire anyway. This file keeps them in
 * memory and, with a DATA_DIR, in `DATA_DIR/revoked-sessions`; instances on machines of their own share
 * them through PostgreSQL instead (shared-revocations.ts).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import type { CuratorSession, SessionRevocations } from '../env.ts';

/** The file in DATA_DIR that keeps signed-out tokens' hashes across restarts. */
export const REVOKED_SESSIONS_FILE = 'revoked-sessions';

/** What is stored of a token: its SHA-256 (base64url), never the token. */
export const tokenHash = (token: string) => createHash('sha256').update(token.trim()).digest('base64url');

/** Until when a signed-out token must be refused (ms): its expiry, or a day when it names none. */
export const revokedUntil = (session: CuratorSession) => (session.exp ? session.exp * 1000 : Date.now() + 24 * 3600 * 1000);

/** Hashes of signed-out tokens in memory, each forgotten when its token expires. */
export function revocationMemory() {
  const revoked = new LRUCache<string, true>({ max: 100_000 });
  return {
    /** False (and nothing kept) when the token has expired already. */
    remember(hash: string, until: number): boolean {
      const ttl = until - Date.now();
      if (ttl > 0) revoked.set(hash, true, { ttl });
      return ttl > 0;
    },
    has: (hash: string) => revoked.has(hash),
  };
}

/**
 * With `file` (DATA_DIR/revoked-sessions) each sign-out is appended there and read back at start, so a restart
 * of the site keeps them revoked; expired lines are dropped when it starts. Before answering whether a token is
 * revoked, an instance reads what other instances sharing that DATA_DIR appended since (one `stat` when nothing
 * changed), so a sign-out on one revokes on all of them at once. Instances with a DATA_DIR each share sign-outs
 * through PostgreSQL (WEB_DATABASE_URL), or not at all.
 */
export function createSessionRevocations(file?: string): SessionRevocations {
  const memory = revocationMemory();
  const rememberLine = (line: string) => {
    const [hash, until] = line.split(' ');
    return !!hash && memory.remember(hash, Number(until));
  };
  // How far the file has been read: whole lines only.
  let readUpTo = 0;
  const readAppended = () => {
    if (!file) return;
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      return; // no sign-out yet
    }
    if (size === readUpTo) return;
    // Shorter: another instance started and dropped the expired lines; read it all again.
    if (size < readUpTo) readUpTo = 0;
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(size - readUpTo);
      const got = readSync(fd, buffer, 0, buffer.length, readUpTo);
      const text = buffer.subarray(0, got).toString('utf8');
      const complete = text.slice(0, text.lastIndexOf('\n') + 1);
      for (const line of complete.split('\n')) rememberLine(line);
      readUpTo += Buffer.byteLength(complete);
    } finally {
      closeSync(fd);
    }
  };
  if (file && existsSync(file)) {
    const live = readFileSync(file, 'utf8').split('\n').filter(rememberLine);
    const kept = live.map((line) => `${line}\n`).join('');
    writeFileSync(file, kept, { mode: 0o600 });
    readUpTo = Buffer.byteLength(kept);
  }
  return {
    async revoke(session) {
      const hash = tokenHash(session.token);
      const until = revokedUntil(session);
      if (!memory.remember(hash, until) || !file) return;
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      appendFileSync(file, `${hash} ${until}\n`, { mode: 0o600 });
    },
    lookUp: async () => readAppended(),
    isRevoked: (token) => {
      readAppended();
      return memory.has(tokenHash(token));
    },
  };
}

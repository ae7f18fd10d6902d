/**
 * A curator's session: the bearer token the gateway verifies, kept in an HttpOnly cookie. The site
 * never trusts the token itself; it only reads its claims to greet the curator and to know when it
 * expires. Every write goes to the gateway with the token, which checks signature, issuer and roles.
 * Signing out revokes the token here, so a copied cookie stops working on this site, also after a restart
 * and on every instance of the site that shares DATA_DIR.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { decode } from 'hono/jwt';
import type { AppEnv, CuratorSession, SessionRevocations } from '../env.ts';
import { curatorPaths } from './entities.ts';

export const SESSION_COOKIE = 'edu_curator';
/** The file in DATA_DIR that keeps signed-out tokens' hashes across restarts. */
export const REVOKED_SESSIONS_FILE = 'revoked-sessions';

/** The gateway refused the session's token (expired, revoked, wrong issuer): sign in again. */
export class SessionRejected extends Error {}

export type { CuratorSession, SessionRevocations } from '../env.ts';

/** The claims of a JWT, unverified (the gateway verifies); null when it is not a JWT at all. */
export function readSession(token: string): CuratorSession | null {
  try {
    const { payload } = decode(token.trim());
    const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : typeof payload.roles === 'string' ? payload.roles.split(/[ ,]+/) : [];
    const sub = String(payload.sub ?? '');
    return {
      token: token.trim(),
      sub,
      name: String(payload.name ?? sub),
      org: String(payload.org ?? ''),
      roles,
      exp: typeof payload.exp === 'number' ? payload.exp : undefined,
    };
  } catch {
    return null;
  }
}

/**
 * Signed-out tokens (by hash), remembered until they expire anyway. With `file` (DATA_DIR/revoked-sessions)
 * each sign-out is appended there and read back at start, so a restart of the site keeps them revoked;
 * expired lines are dropped when it starts. Before answering whether a token is revoked, an instance reads
 * what other instances sharing that DATA_DIR appended since (one `stat` when nothing changed), so a sign-out
 * on one revokes on all of them at once. Instances with a DATA_DIR each do not see each other's sign-outs
 * (route a browser to one instance, or share the folder).
 */
export function createSessionRevocations(file?: string): SessionRevocations {
  const revoked = new LRUCache<string, true>({ max: 100_000 });
  const key = (token: string) => createHash('sha256').update(token.trim()).digest('base64url');
  const remember = (hash: string, until: number) => {
    const ttl = until - Date.now();
    if (ttl > 0) revoked.set(hash, true, { ttl });
    return ttl > 0;
  };
  const rememberLine = (line: string) => {
    const [hash, until] = line.split(' ');
    return !!hash && remember(hash, Number(until));
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
    revoke(session) {
      const hash = key(session.token);
      const until = session.exp ? session.exp * 1000 : Date.now() + 24 * 3600 * 1000;
      if (!remember(hash, until) || !file) return;
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      appendFileSync(file, `${hash} ${until}\n`, { mode: 0o600 });
    },
    isRevoked: (token) => {
      readAppended();
      return revoked.has(key(token));
    },
  };
}

const expired = (session: CuratorSession) => session.exp !== undefined && session.exp * 1000 <= Date.now();

export function startSession(c: Context<AppEnv>, session: CuratorSession): void {
  // Behind a TLS-terminating proxy the request itself is http; visitor.ts knows better.
  const secure = c.var.visitor.https;
  const maxAge = session.exp ? Math.max(0, session.exp - Math.floor(Date.now() / 1000)) : 8 * 3600;
  setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge });
}

export const endSession = (c: Context<AppEnv>) => deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.var.visitor?.https ?? false });

/** Sign-out: the token is refused from now on, whoever holds a copy of the cookie. */
export function revokeSession(c: Context<AppEnv>): void {
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? readSession(token) : null;
  if (session) c.var.revocations.revoke(session);
  endSession(c);
}

/**
 * A signed-in curator on a public page (for its "Bewerken" link), or null. Such a page is then
 * private and uncached, so no shared cache hands the link to anyone else.
 */
export function optionalSession(c: Context<AppEnv>): CuratorSession | null {
  const token = getCookie(c, SESSION_COOKIE);
  const session = token && !c.var.revocations.isRevoked(token) ? readSession(token) : null;
  if (!session || expired(session) || !session.roles.some((r) => r === 'curator' || r === 'admin')) return null;
  c.header('Cache-Control', 'private, no-store');
  return session;
}

/** Curator pages: never cached, never indexed, and only for a signed-in curator (else to sign-in). */
export const requireCurator: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header('Cache-Control', 'private, no-store');
  c.header('X-Robots-Tag', 'noindex');
  const token = getCookie(c, SESSION_COOKIE);
  const session = token && !c.var.revocations.isRevoked(token) ? readSession(token) : null;
  if (!session || expired(session)) {
    if (token) endSession(c);
    const back = new URL(c.req.url);
    const query = new URLSearchParams({ next: back.pathname + back.search, ...(token ? { expired: '1' } : {}) });
    return c.redirect(`${c.var.ui.href(curatorPaths.signIn)}?${query}`, 303);
  }
  c.set('curator', session);
  await next();
};

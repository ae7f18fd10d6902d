/**
 * A curator's session: the bearer token the gateway verifies, kept in an HttpOnly cookie. The site
 * never trusts the token itself; it only reads its claims to greet the curator and to know when it
 * expires. Every write goes to the gateway with the token, which checks signature, issuer and roles.
 * Signing out revokes the token here, so a copied cookie stops working on this site, also after a restart
 * and on every instance of the site that shares DATA_DIR or PostgreSQL (revocations.ts, shared-revocations.ts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { decode } from 'hono/jwt';
import type { AppEnv, CuratorSession, SessionRevocations } from '../env.ts';
import { curatorPaths } from './entities.ts';

export const SESSION_COOKIE = 'edu_curator';

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

const expired = (session: CuratorSession) => session.exp !== undefined && session.exp * 1000 <= Date.now();

export function startSession(c: Context<AppEnv>, session: CuratorSession): void {
  // Behind a TLS-terminating proxy the request itself is http; visitor.ts knows better.
  const secure = c.var.visitor.https;
  const maxAge = session.exp ? Math.max(0, session.exp - Math.floor(Date.now() / 1000)) : 8 * 3600;
  setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge });
}

export const endSession = (c: Context<AppEnv>) => deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.var.visitor?.https ?? false });

/** Sign-out: the token is refused from now on, whoever holds a copy of the cookie. */
export async function revokeSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? readSession(token) : null;
  if (session) await c.var.revocations.revoke(session);
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

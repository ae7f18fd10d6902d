/**
 * A school's session on /school: the school token (role `school`, the institution in its `school`
 * claim) in its own HttpOnly cookie, apart from a curator's, so one browser can hold neither role by
 * accident. The site only reads the claims to greet the school; the gateway verifies every request.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { decode } from 'hono/jwt';
import type { AppEnv } from '../env.ts';
import { readSession, type CuratorSession } from '../curation/session.ts';

export const SCHOOL_COOKIE = 'edu_school';

export interface SchoolSession extends CuratorSession {
  /** The institution id (BRIN) the token speaks for, as its claim says; empty when it has none. */
  school: string;
}

/** The token's claims, unverified; null when it is not a JWT. */
export function readSchoolSession(token: string): SchoolSession | null {
  const session = readSession(token);
  if (!session) return null;
  const { payload } = decode(session.token);
  return { ...session, school: typeof payload.school === 'string' ? payload.school : '' };
}

/** The signed-in school on this request, or null (no cookie, signed out, expired). */
export function schoolSession(c: Context<AppEnv>): SchoolSession | null {
  const token = getCookie(c, SCHOOL_COOKIE);
  if (!token || c.var.revocations.isRevoked(token)) return null;
  const session = readSchoolSession(token);
  if (!session || (session.exp !== undefined && session.exp * 1000 <= Date.now())) return null;
  return session;
}

export function startSchoolSession(c: Context<AppEnv>, session: SchoolSession): void {
  const maxAge = session.exp ? Math.max(0, session.exp - Math.floor(Date.now() / 1000)) : 8 * 3600;
  setCookie(c, SCHOOL_COOKIE, session.token, { httpOnly: true, sameSite: 'Lax', secure: c.var.visitor.https, path: '/', maxAge });
}

/** Sign-out: the token is refused on this site from now on, whoever holds a copy of the cookie. */
export function endSchoolSession(c: Context<AppEnv>, revoke: boolean): void {
  const token = getCookie(c, SCHOOL_COOKIE);
  const session = token ? readSchoolSession(token) : null;
  if (revoke && session) c.var.revocations.revoke(session);
  deleteCookie(c, SCHOOL_COOKIE, { path: '/', secure: c.var.visitor.https });
}

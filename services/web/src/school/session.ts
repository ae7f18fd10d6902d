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
  /** The institution's name as the token's `school_name` claim gives it; empty when it has none. */
  schoolName: string;
}

/** The names of the claims holding the institution and its name (the gateway's OIDC_SCHOOL_CLAIM, OIDC_SCHOOL_NAME_CLAIM). */
export interface SchoolClaims {
  school: string;
  schoolName: string;
}
export const DEFAULT_SCHOOL_CLAIMS: SchoolClaims = { school: 'school', schoolName: 'school_name' };

/** The token's claims, unverified; null when it is not a JWT. */
export function readSchoolSession(token: string, claims: SchoolClaims = DEFAULT_SCHOOL_CLAIMS): SchoolSession | null {
  const session = readSession(token);
  if (!session) return null;
  const { payload } = decode(session.token);
  const school = payload[claims.school];
  const schoolName = payload[claims.schoolName];
  return { ...session, school: typeof school === 'string' ? school : '', schoolName: typeof schoolName === 'string' ? schoolName : '' };
}

/** The signed-in school on this request, or null (no cookie, signed out, expired). */
export function schoolSession(c: Context<AppEnv>, claims: SchoolClaims = DEFAULT_SCHOOL_CLAIMS): SchoolSession | null {
  const token = getCookie(c, SCHOOL_COOKIE);
  if (!token || c.var.revocations.isRevoked(token)) return null;
  const session = readSchoolSession(token, claims);
  if (!session || (session.exp !== undefined && session.exp * 1000 <= Date.now())) return null;
  return session;
}

export function startSchoolSession(c: Context<AppEnv>, session: SchoolSession): void {
  const maxAge = session.exp ? Math.max(0, session.exp - Math.floor(Date.now() / 1000)) : 8 * 3600;
  setCookie(c, SCHOOL_COOKIE, session.token, { httpOnly: true, sameSite: 'Lax', secure: c.var.visitor.https, path: '/', maxAge });
}

/** Sign-out: the token is refused on this site from now on, whoever holds a copy of the cookie. */
export async function endSchoolSession(c: Context<AppEnv>, revoke: boolean): Promise<void> {
  const token = getCookie(c, SCHOOL_COOKIE);
  const session = token ? readSchoolSession(token) : null;
  if (revoke && session) await c.var.revocations.revoke(session);
  deleteCookie(c, SCHOOL_COOKIE, { path: '/', secure: c.var.visitor.https });
}

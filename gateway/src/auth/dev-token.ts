/** Signs a development token with the local key in DATA_DIR (used by `npm run token` and tests). */
import { SignJWT } from 'jose';
import { DEV_ALGORITHM, DEV_ISSUER, devPrivateKey, loadOrCreateDevKeys } from './keys.ts';

export interface DevTokenClaims {
  sub: string;
  org?: string | null;
  roles?: string[];
  name?: string;
  /** The institution (BRIN, `00AA`) of a `school` token, and its name. */
  school?: string;
  schoolName?: string;
  /** Lifetime in hours (default 8); negative makes an already expired token, for tests. */
  hours?: number;
}

export async function signDevToken(dataDir: string, audience: string, claims: DevTokenClaims): Promise<string> {
  const keys = await loadOrCreateDevKeys(dataDir);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    org: claims.org ?? null,
    roles: claims.roles ?? ['curator'],
    ...(claims.name ? { name: claims.name } : {}),
    ...(claims.school ? { school: claims.school } : {}),
    ...(claims.schoolName ? { school_name: claims.schoolName } : {}),
  })
    .setProtectedHeader({ alg: DEV_ALGORITHM, kid: 'dev' })
    .setSubject(claims.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(audience)
    .setIssuedAt(now)
    .setExpirationTime(now + Math.round((claims.hours ?? 8) * 3600))
    .sign(await devPrivateKey(keys));
}

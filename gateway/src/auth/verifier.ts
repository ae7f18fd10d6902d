/**
 * Verifies bearer JWTs with jose (issuer, audience, allowed algorithms, expiry) against a JWKS from
 * a URL, a file, or the local development key, and maps the claims to an Identity.
 */
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload, type JSONWebKeySet } from 'jose';
import { identitySchema, institutionIdSchema, type Identity } from '@edu-catalogus/kit/runtime';
import { DEV_ALGORITHM, DEV_ISSUER, loadOrCreateDevKeys } from './keys.ts';

export interface AuthConfig {
  /** External OIDC issuer (Entree Federatie, SURFconext, Keycloak ...); unset = local development keys. */
  issuer?: string | undefined;
  audience: string;
  jwksUrl?: string | undefined;
  jwksFile?: string | undefined;
  algorithms: string[];
  orgClaim: string;
  rolesClaim: string;
  /** The institution (BRIN) claim of `school` tokens, and the institution's name. */
  schoolClaim: string;
  schoolNameClaim: string;
  dataDir: string;
}

export class InvalidToken extends Error {}

export type TokenVerifier = (token: string) => Promise<Identity>;

function claim(payload: JWTPayload, name: string): unknown {
  // Claim names may be namespaced URLs or dotted paths (`realm_access.roles` in Keycloak).
  if (name in payload) return payload[name];
  return name.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

export async function createTokenVerifier(config: AuthConfig): Promise<TokenVerifier> {
  let keys: Parameters<typeof jwtVerify>[1];
  let issuer: string;
  let algorithms: string[];
  if (config.issuer) {
    issuer = config.issuer;
    algorithms = config.algorithms;
    if (config.jwksFile) keys = createLocalJWKSet(JSON.parse(readFileSync(config.jwksFile, 'utf8')) as JSONWebKeySet);
    else keys = createRemoteJWKSet(new URL(config.jwksUrl ?? `${config.issuer.replace(/\/$/, '')}/.well-known/jwks.json`));
  } else {
    const dev = await loadOrCreateDevKeys(config.dataDir);
    keys = createLocalJWKSet({ keys: [dev.publicJwk] });
    issuer = DEV_ISSUER;
    algorithms = [DEV_ALGORITHM];
  }
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys as never, { issuer, audience: config.audience, algorithms, requiredClaims: ['sub', 'exp'] }));
    } catch (error) {
      throw new InvalidToken(`The bearer token is not valid (${(error as Error).message}).`);
    }
    const rawRoles = claim(payload, config.rolesClaim);
    const roles = typeof rawRoles === 'string' ? rawRoles.split(/[ ,]+/).filter(Boolean) : (rawRoles ?? []);
    // A federation sends the institution claim for every member; only a `school` token must carry a valid one.
    const school = claim(payload, config.schoolClaim) ?? undefined;
    const schoolName = claim(payload, config.schoolNameClaim);
    const speaksForSchool = Array.isArray(roles) && roles.includes('school');
    const parsed = identitySchema.safeParse({
      sub: payload.sub,
      name: typeof payload.name === 'string' ? payload.name : undefined,
      org: claim(payload, config.orgClaim) ?? null,
      roles,
      school: speaksForSchool || institutionIdSchema.safeParse(school).success ? school : undefined,
      schoolName: speaksForSchool && typeof schoolName === 'string' ? schoolName : undefined,
      exp: payload.exp,
    });
    if (!parsed.success) throw new InvalidToken(`The bearer token's claims are not usable: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}.`);
    return parsed.data;
  };
}

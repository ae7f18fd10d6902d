/**
 * Gateway -> subgraph request signing. The gateway signs the query, the variables and the forwarded
 * identity with HMAC-SHA256 (Hive Gateway's upstream-signature plugin with this payload); a subgraph
 * accepts a request only when the signature matches, so an identity can never be forged by a caller.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import stringify from 'fast-json-stable-stringify';

export const SIGNATURE_EXTENSION = 'hmac-signature';
export const IDENTITY_EXTENSION = 'identity';
export const SECRET_FILE = 'hmac-secret';
/**
 * The key the web front-end sends as a registered portal when it shares DATA_DIR with the gateway
 * (`npm start`), so all visitors of the site do not share one IP's rate limit.
 */
export const SITE_KEY_FILE = 'site-api-key';

/** The canonical text that is signed: stable JSON of query, non-empty variables and identity. */
export function signedPayload(query: unknown, variables: unknown, identity: unknown): string {
  const hasVariables = variables != null && typeof variables === 'object' && Object.keys(variables).length > 0;
  return stringify({ query, variables: hasVariables ? variables : undefined, identity: identity ?? undefined });
}

export function signPayload(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload, 'utf8').digest('base64');
}

export function verifySignature(secret: string, payload: string, signature: unknown): boolean {
  if (typeof signature !== 'string') return false;
  const expected = Buffer.from(signPayload(secret, payload), 'base64');
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A shared secret: `fromEnv` when set, else `DATA_DIR/<file>` (the HMAC secret by default), created
 * on first start. Creation is exclusive (`wx`), so processes starting together all get the same one.
 */
export function loadOrCreateSecret(dataDir: string, fromEnv?: string, fileName: string = SECRET_FILE): string {
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, fileName);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 16) throw new Error(`${file} holds a secret shorter than 16 characters`);
  return secret;
}

/** A request body as the gateway would send it, signed; for tests and tools that call a subgraph directly. */
export function signedBody(secret: string, request: { query: string; variables?: Record<string, unknown>; identity?: unknown }) {
  const extensions: Record<string, unknown> = {};
  if (request.identity) extensions[IDENTITY_EXTENSION] = request.identity;
  extensions[SIGNATURE_EXTENSION] = signPayload(secret, signedPayload(request.query, request.variables, request.identity));
  return { query: request.query, variables: request.variables, extensions };
}

/**
 * Gateway -> subgraph request signing. The gateway signs the query, variables, operation name, the
 * forwarded identity, a timestamp and a nonce with HMAC-SHA256 (Hive Gateway's upstream-signature
 * plugin with this payload); a subgraph accepts a request only when the signature matches, is fresh
 * and its nonce is new (replay-guard.ts), so an identity can never be forged or replayed by a caller.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import stringify from 'fast-json-stable-stringify';

export const SIGNATURE_EXTENSION = 'hmac-signature';
export const IDENTITY_EXTENSION = 'identity';
/** When the gateway signed the request, in milliseconds since the epoch. */
export const SIGNED_AT_EXTENSION = 'signed-at';
/** Random and new for every subgraph request: a subgraph answers each nonce once. */
export const NONCE_EXTENSION = 'nonce';
/** The client's `Idempotency-Key` of a mutation, signed like the identity (idempotency-key.ts). */
export const IDEMPOTENCY_KEY_EXTENSION = 'idempotency-key';
export const SECRET_FILE = 'hmac-secret';
/**
 * The key the web front-end sends as a registered portal when it shares DATA_DIR with the gateway
 * (`npm start`), so all visitors of the site do not share one IP's rate limit.
 */
export const SITE_KEY_FILE = 'site-api-key';

export interface SignedFields {
  query: unknown;
  variables?: unknown;
  operationName?: unknown;
  identity?: unknown;
  signedAt: unknown;
  nonce: unknown;
  idempotencyKey?: unknown;
}

/** The canonical text that is signed: stable JSON of every field that decides what a request does. */
export function signedPayload(fields: SignedFields): string {
  const { query, variables, operationName, identity, signedAt, nonce, idempotencyKey } = fields;
  const hasVariables = variables != null && typeof variables === 'object' && Object.keys(variables).length > 0;
  return stringify({
    query,
    variables: hasVariables ? variables : undefined,
    // As sent over HTTP: an empty name is no name (graphql-tools drops it).
    operationName: operationName || undefined,
    identity: identity ?? undefined,
    signedAt,
    nonce,
    // Absent unless sent, so requests without a key sign as they always did.
    idempotencyKey: idempotencyKey ?? undefined,
  });
}

/** A fresh timestamp and nonce, to sign and send with one request. */
export function signingStamp(signedAt = Date.now()): { [SIGNED_AT_EXTENSION]: number; [NONCE_EXTENSION]: string } {
  return { [SIGNED_AT_EXTENSION]: signedAt, [NONCE_EXTENSION]: randomBytes(16).toString('base64url') };
}

export function signPayload(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload, 'utf8').digest('base64');
}

/**
 * The only spelling of a 32-byte HMAC in base64: 43 characters, the last with its two unused bits
 * zero, and one `=`. Node decodes many other strings to the same bytes (no padding, base64url,
 * whitespace, set unused bits); accepting them would make signatures malleable.
 */
const CANONICAL_SIGNATURE = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

export function verifySignature(secret: string, payload: string, signature: unknown): boolean {
  if (typeof signature !== 'string' || !CANONICAL_SIGNATURE.test(signature)) return false;
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

export interface SignedRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  identity?: unknown;
  idempotencyKey?: string;
  /** Milliseconds since the epoch; default now (tests pass an old one). */
  signedAt?: number;
}

/** A request body as the gateway would send it, signed; for tests and tools that call a subgraph directly. */
export function signedBody(secret: string, request: SignedRequest) {
  const stamp = signingStamp(request.signedAt);
  const extensions: Record<string, unknown> = { ...stamp };
  if (request.identity) extensions[IDENTITY_EXTENSION] = request.identity;
  if (request.idempotencyKey) extensions[IDEMPOTENCY_KEY_EXTENSION] = request.idempotencyKey;
  const payload = signedPayload({ ...request, signedAt: stamp[SIGNED_AT_EXTENSION], nonce: stamp[NONCE_EXTENSION] });
  extensions[SIGNATURE_EXTENSION] = signPayload(secret, payload);
  return { query: request.query, variables: request.variables, ...(request.operationName ? { operationName: request.operationName } : {}), extensions };
}

/**
 * The `Idempotency-Key` a client sent with a mutation, as the gateway forwarded it (signed) to this
 * subgraph, carried through the request's asynchronous work (AsyncLocalStorage) to the writes it
 * causes. Kept out of every subgraph's context type: only the curation engine reads it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import stringify from 'fast-json-stable-stringify';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** A key is printable ASCII without spaces, 1 to 255 characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
/** How long a key's stored answer is replayed; after that the key is forgotten. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface KeyedRequest {
  key: string;
  /** sha256 of the signed request (query, variables, operation name): the "same body" of a retry. */
  requestHash: string;
  /** Writes of this request so far: the n-th write of a retry replays the n-th stored answer. */
  writes: number;
}

const current = new AsyncLocalStorage<KeyedRequest>();

export function requestHashOf(request: { query?: unknown; variables?: unknown; operationName?: unknown }): string {
  const { query, variables, operationName } = request;
  return createHash('sha256')
    .update(stringify({ query, variables: variables ?? undefined, operationName: operationName || undefined }))
    .digest('base64url');
}

/** Runs `fn` (the request's execution) with its key, when it has one. */
export function withIdempotencyKey<T>(key: string | undefined, request: Parameters<typeof requestHashOf>[0], fn: () => T): T {
  return key ? current.run({ key, requestHash: requestHashOf(request), writes: 0 }, fn) : fn();
}

/** The key of the request being served, or undefined (no key: writes behave as always). */
export function currentIdempotencyKey(): KeyedRequest | undefined {
  return current.getStore();
}

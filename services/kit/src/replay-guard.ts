/**
 * Refuses replayed subgraph requests: a signature is valid for a minute either side of its timestamp,
 * and each nonce is answered once within that time (lru-cache with a time to live). Replicas on one
 * PostgreSQL share their nonces instead (postgres/nonce-store.ts), with the same checks first.
 */
import { LRUCache } from 'lru-cache';

export const SIGNATURE_WINDOW_MS = 60_000;

export interface ReplayGuard {
  /** Why the request must be refused, or null when it is fresh and its nonce is new (then remembered). */
  check(signedAt: unknown, nonce: unknown): string | null | Promise<string | null>;
}

/** Why a signed request must be refused before its nonce is looked at (no or a stale timestamp, no nonce), else null. */
export function staleOrMalformed(signedAt: unknown, nonce: unknown, now: number, windowMs: number): string | null {
  if (typeof signedAt !== 'number' || !Number.isFinite(signedAt)) return 'The signed request has no timestamp.';
  if (Math.abs(now - signedAt) > windowMs) return 'The signed request is older than a minute (or from the future).';
  if (typeof nonce !== 'string' || !/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) return 'The signed request has no nonce.';
  return null;
}

export const REPLAYED = 'The signed request was already answered (a replay).';

export function createReplayGuard(options: { windowMs?: number; maxNonces?: number; now?: () => number } = {}): ReplayGuard {
  const windowMs = options.windowMs ?? SIGNATURE_WINDOW_MS;
  const now = options.now ?? Date.now;
  // A nonce stays remembered as long as its timestamp could still pass the window check.
  const seen = new LRUCache<string, true>({ max: options.maxNonces ?? 500_000, ttl: 2 * windowMs, ttlAutopurge: false });
  return {
    check(signedAt, nonce) {
      const refused = staleOrMalformed(signedAt, nonce, now(), windowMs);
      if (refused) return refused;
      if (seen.has(nonce as string)) return REPLAYED;
      seen.set(nonce as string, true);
      return null;
    },
  };
}

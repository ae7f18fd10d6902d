/**
 * The replay guard (replay-guard.ts) shared by replicas: a signed request's nonce is claimed in the
 * `request_nonces` table (tables.ts, in the subgraph's schema), so a request replayed to another replica
 * is refused as on the one that answered it. The claim is one INSERT, atomic under the primary key; a
 * row whose signature window has passed may be claimed anew and is swept now and then.
 */
import type pg from 'pg';
import { REPLAYED, SIGNATURE_WINDOW_MS, staleOrMalformed } from '../replay-guard.ts';

export interface SharedReplayGuard {
  /** Why the request must be refused, or null when it is fresh and its nonce was claimed now. */
  check(signedAt: unknown, nonce: unknown): Promise<string | null>;
}

export interface SharedReplayGuardOptions {
  /** Any pool or client whose search_path starts with the subgraph's schema (openPostgres's `$client`). */
  pool: Pick<pg.Pool, 'query'>;
  windowMs?: number;
  now?: () => number;
  /** Expired nonces are deleted after every this many claims (one statement, by the expiry index). */
  sweepEvery?: number;
}

export function createSharedReplayGuard(options: SharedReplayGuardOptions): SharedReplayGuard {
  const windowMs = options.windowMs ?? SIGNATURE_WINDOW_MS;
  const now = options.now ?? Date.now;
  const sweepEvery = options.sweepEvery ?? 1000;
  let claims = 0;
  return {
    async check(signedAt, nonce) {
      const refused = staleOrMalformed(signedAt, nonce, now(), windowMs);
      if (refused) return refused;
      // Remembered as long as its timestamp could still pass the window check.
      const expiresAt = new Date((signedAt as number) + 2 * windowMs);
      const { rowCount } = await options.pool.query(
        `INSERT INTO request_nonces (nonce, expires_at) VALUES ($1, $2)
         ON CONFLICT (nonce) DO UPDATE SET expires_at = excluded.expires_at WHERE request_nonces.expires_at < $3`,
        [nonce, expiresAt, new Date(now())],
      );
      if (++claims % sweepEvery === 0) await options.pool.query('DELETE FROM request_nonces WHERE expires_at < $1', [new Date(now())]);
      return rowCount === 1 ? null : REPLAYED;
    },
  };
}

/**
 * Sign-outs shared by every instance of the site through PostgreSQL (WEB_DATABASE_URL, or the DATABASE_URL
 * of the subgraphs, in the `web` schema): instances on machines of their own, with no DATA_DIR in common,
 * refuse a signed-out cookie at once. A sign-out is one INSERT, done before the site answers it. A request
 * that carries a session cookie first asks whether its tokens were signed out (one lookup by primary key,
 * `lookUp`), so a sign-out on one instance holds on the next request to any other; requests without a
 * cookie (every visitor who is not signed in) cost nothing. Rows are kept until the token expires anyway.
 */
import { openPostgres, type PgDb } from '@edu-catalogus/kit/postgres-open';
import { inArray, lt } from 'drizzle-orm';
import type { CuratorSession, SessionRevocations } from '../env.ts';
import { revocationMemory, revokedUntil, tokenHash } from './revocations.ts';
import { revokedSessions } from './revocation-tables.ts';

const MIGRATIONS = new URL('../../drizzle-pg', import.meta.url).pathname;

export interface SharedRevocationsOptions {
  url: string;
  /** The site's schema (default `web`), beside the subgraphs' when they share the database. */
  schema?: string;
  /** An idle connection broke (failover, restart): logged; the pool connects anew. */
  onIdleError?: (error: Error) => void;
  /** Expired rows are deleted after every this many sign-outs (and when an instance starts). */
  sweepEvery?: number;
}

export interface SharedRevocations extends SessionRevocations {
  close(): Promise<void>;
}

export async function openSharedRevocations(options: SharedRevocationsOptions): Promise<SharedRevocations> {
  const db: PgDb<{ revokedSessions: typeof revokedSessions }> = await openPostgres({
    url: options.url,
    schema: options.schema ?? 'web',
    tables: { revokedSessions },
    migrationsFolder: MIGRATIONS,
    maxConnections: 4,
    onIdleError: options.onIdleError,
  });
  const sweepEvery = options.sweepEvery ?? 100;
  const sweep = () => db.delete(revokedSessions).where(lt(revokedSessions.until, new Date()));
  await sweep();
  const memory = revocationMemory();
  let revoked = 0;
  return {
    async revoke(session: CuratorSession) {
      const hash = tokenHash(session.token);
      const until = revokedUntil(session);
      if (!memory.remember(hash, until)) return;
      await db
        .insert(revokedSessions)
        .values({ hash, until: new Date(until) })
        .onConflictDoNothing();
      if (++revoked % sweepEvery === 0) await sweep();
    },
    async lookUp(tokens: string[]) {
      const hashes = tokens.map(tokenHash).filter((hash) => !memory.has(hash));
      if (hashes.length === 0) return;
      const rows = await db.select().from(revokedSessions).where(inArray(revokedSessions.hash, hashes));
      for (const row of rows) memory.remember(row.hash, row.until.getTime());
    },
    isRevoked: (token) => memory.has(tokenHash(token)),
    close: () => db.$client.end(),
  };
}

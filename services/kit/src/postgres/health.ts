/**
 * Readiness of a subgraph served from PostgreSQL (health.ts is SQLite's): one query with a deadline
 * answers whether the server is reachable and whether it takes writes (a hot standby or a database set
 * `default_transaction_read_only` does not). `/readyz` says which, in words an operator can act on.
 */
import type pg from 'pg';
import { ConfigError } from '../config.ts';
import type { Health } from '../health.ts';
import { sqlState } from '../sql-state.ts';

export interface PostgresHealthOptions {
  /** How long the query may take before the subgraph counts as not ready (default 2000 ms). */
  timeoutMs?: number;
}

class NoAnswer extends Error {}

/** What went wrong, without the URL (it may hold a password): the SQLSTATE or system error code and pg's message. */
export function describePgError(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown };
  const inner = e?.cause && typeof e.cause === 'object' ? describePgError(e.cause) : undefined;
  if (inner && typeof e.code !== 'string') return inner;
  const code = typeof e?.code === 'string' ? `${e.code}: ` : '';
  return `${code}${typeof e?.message === 'string' ? e.message : String(error)}`;
}

/** Failures to reach or log in to the server (SQLSTATE classes 08 and 28, 3D000, system errors): the setting is wrong, not the code. */
const UNREACHABLE = /^(08|28|3D000$|57P03$|E[A-Z]+$)/;

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/, '$1:***@');
}

/** A server that cannot be reached or logged in to stops start-up in one line naming the setting (`what`: what could not be opened); other errors stay as they are. */
export function unreachableAsConfigError(error: unknown, variable: string, url: string, what: string): unknown {
  if (!UNREACHABLE.test(sqlState(error) ?? '')) return error;
  return new ConfigError(`${variable}=${redactUrl(url)}: cannot open ${what} (${describePgError(error)})`);
}

export function createPostgresHealth(pool: Pick<pg.Pool, 'query'>, options: PostgresHealthOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 2000;
  return {
    async check(): Promise<Health> {
      let timer: NodeJS.Timeout | undefined;
      try {
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new NoAnswer()), timeoutMs);
        });
        const query = pool.query<{ read_only: string }>(`SELECT current_setting('transaction_read_only') AS read_only`);
        // The query may still fail after the deadline won: nobody waits for it then.
        query.catch(() => {});
        const { rows } = await Promise.race([query, deadline]);
        if (rows[0]?.read_only === 'on')
          return {
            ok: false,
            problem: 'storage',
            reason: 'PostgreSQL takes no writes here (a read-only standby, or default_transaction_read_only); point the DATABASE_URL at the primary',
          };
        return { ok: true };
      } catch (error) {
        const why = error instanceof NoAnswer ? `no answer within ${timeoutMs} ms` : describePgError(error);
        return { ok: false, problem: 'storage', reason: `PostgreSQL does not answer (${why}); check the server and the DATABASE_URL` };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * Serving a subgraph from PostgreSQL (lifecycle.ts loads this only when a URL is given, so SQLite
 * processes never load pg): open its store in its schema (migrations under an advisory lock), seed it
 * when empty (one replica seeds, the others wait and find it seeded), answer `/readyz` with a query
 * that has a deadline, claim request nonces in the database (shared by replicas), hear other processes'
 * changes (LISTEN, for what the process caches from its peers) and end the pool on close.
 */
import type { Catalogue } from '@edu-catalogus/seeds';
import { stopBackgroundWork } from '../background-work.ts';
import { createChangeSignal } from '../change-signal.ts';
import { ConfigError } from '../config.ts';
import type { SubgraphDefinition } from '../define.ts';
import type { RunningServer } from '../http.ts';
import type { Logger } from '../logger.ts';
import type { Peers } from '../peers.ts';
import { createReplayGuard, type ReplayGuard } from '../replay-guard.ts';
import { serveSubgraph } from '../run.ts';
import { sqlState } from '../sql-state.ts';
import { listenForChanges } from './change-listener.ts';
import { createPostgresHealth, unreachableAsConfigError } from './health.ts';
import { createSharedReplayGuard } from './nonce-store.ts';
import type { PgDb } from './open-postgres.ts';

export interface PostgresLaunchOptions {
  databaseUrl: string;
  /** The schema the subgraph's tables live in; default: its name. */
  databaseSchema?: string | undefined;
  /** The variable that named the URL (`TOOLS_DATABASE_URL`), for start-up messages. */
  databaseUrlVariable?: string | undefined;
  port: number;
  host?: string;
  logger: Logger;
  secret: string;
  peers: Peers;
  metricsToken?: string | undefined;
}

/** Opens the subgraph's PostgreSQL store; a definition that has none, or a server that cannot be reached, stops start-up in one line. */
export async function openSubgraphPostgres(def: SubgraphDefinition, url: string, schema: string, variable = 'the database URL'): Promise<PgDb<any>> {
  if (!def.openPostgres)
    throw new ConfigError(
      `${variable} is set, but the ${def.name} subgraph cannot serve from PostgreSQL (its definition has no openPostgres); unset it for ${def.name}, which then serves from SQLite in DATA_DIR`,
    );
  try {
    return await def.openPostgres(url, schema);
  } catch (error) {
    throw unreachableAsConfigError(error, variable, url, `the ${def.name} store`);
  }
}

/** Runs `task` while holding a session advisory lock on a connection of its own: replicas starting together seed once. */
async function underLock<T>(db: PgDb<any>, key: string, task: () => Promise<T>): Promise<T> {
  const client = await db.$client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    return await task();
  } finally {
    await client.query('SELECT pg_advisory_unlock_all()').finally(() => client.release());
  }
}

/**
 * Nonces are claimed in the database, so a request replayed to another replica is refused. A read-only
 * server (a standby) cannot take the claim: then this process remembers them, as on SQLite, which is
 * safe, since no replayed write can succeed on a server that takes none.
 */
function replayGuard(db: PgDb<any>): ReplayGuard {
  const shared = createSharedReplayGuard({ pool: db.$client });
  const local = createReplayGuard();
  return {
    async check(signedAt, nonce) {
      try {
        return await shared.check(signedAt, nonce);
      } catch (error) {
        if (sqlState(error) === '25006') return local.check(signedAt, nonce);
        throw error;
      }
    },
  };
}

export async function launchOnPostgres(
  def: SubgraphDefinition,
  options: PostgresLaunchOptions,
  catalogue: () => Catalogue,
): Promise<RunningServer & { db: PgDb<any> }> {
  const schema = options.databaseSchema ?? def.name;
  const db = await openSubgraphPostgres(def, options.databaseUrl, schema, options.databaseUrlVariable);
  let listener: { close(): Promise<void> } | undefined;
  try {
    await underLock(db, `edu-catalogus seed ${schema}`, async () => {
      if (await def.isEmpty(db)) options.logger.info(await def.seed(db, catalogue()), 'seeded an empty database');
    });
    // Notices of every subgraph's commits (they share the database): what this process caches from its peers forgets what changed.
    const changes = createChangeSignal();
    listener = await listenForChanges({
      url: options.databaseUrl,
      onChange: (notice) => changes.emit(notice),
      onReconnect: () => changes.emit(null),
      onError: (error) => options.logger.warn({ err: error }, 'the change listener lost its PostgreSQL connection; reconnecting'),
    }).catch((error) => {
      // A standby refuses LISTEN: the process serves, and what it caches from peers expires after its TTL instead.
      options.logger.warn({ err: error }, 'cannot LISTEN for changes; cached answers of other subgraphs expire after their TTL instead');
      return undefined;
    });
    const subgraph = def.createServer({ db, logger: options.logger, peers: { ...options.peers, changes } });
    const health = createPostgresHealth(db.$client);
    const ready = async () => {
      const state = await health.check();
      return state.ok ? subgraph.ready() : state;
    };
    const running = await serveSubgraph({ ...subgraph, ready }, { ...options, replays: replayGuard(db) });
    return {
      ...running,
      db,
      close: async () => {
        await running.close();
        await listener?.close();
        await stopBackgroundWork(db.$client);
        await db.$client.end();
      },
    };
  } catch (error) {
    await listener?.close();
    await db.$client.end();
    throw error;
  }
}

/** The process life cycle every subgraph shares: config, open, seed when empty, serve, reseed on demand. */
import { loadCatalogue, type Catalogue } from '@edu-catalogus/seeds';
import { loadSubgraphConfig } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import type { RunningServer } from './http.ts';
import { runProcess, serveSubgraph } from './run.ts';
import { createPeers, type Peers } from './peers.ts';
import { loadOrCreateSecret } from './signing.ts';
import type { SubgraphDefinition } from './define.ts';
import { graphFromEnv } from './graph.ts';
import { normalizeText } from './text.ts';
import type Database from 'better-sqlite3';
import { closeDatabase, type Db } from './db.ts';
import { createDatabaseHealth } from './health.ts';
import { serveDegraded } from './degraded.ts';
import { ensureDataDir } from './startup.ts';
import { stopBackgroundWork } from './background-work.ts';
import { readyMessage } from './ready-line.ts';

let cached: Catalogue | undefined;
/** The seed catalogue, read and validated once per process. */
const catalogue = () => (cached ??= loadCatalogue(undefined, normalizeText));

export interface LaunchOptions {
  /** The SQLite file (SQLite is the store unless `databaseUrl` is given). */
  databaseFile: string;
  /** Serve from PostgreSQL at this URL instead (the definition must have `openPostgres`). */
  databaseUrl?: string | undefined;
  /** Its schema there; default: the subgraph's name. */
  databaseSchema?: string | undefined;
  /** The variable that named the URL, for start-up messages. */
  databaseUrlVariable?: string | undefined;
  port: number;
  host?: string;
  logger: Logger;
  secret: string;
  peers: Peers;
  metricsToken?: string | undefined;
}

/**
 * Opens a subgraph's store (SQLite in `databaseFile`, or PostgreSQL at `databaseUrl`), seeds it when
 * empty, serves it, and returns its URL and a close that stops the server and closes the store. Used
 * by `main.ts` and by the whole-stack tests.
 */
export async function launchSubgraph<S extends Record<string, unknown>, D = Db<S>>(
  def: SubgraphDefinition<S, any, D>,
  options: LaunchOptions,
): Promise<RunningServer & { db: D }> {
  if (options.databaseUrl !== undefined) {
    // Only a process that serves from PostgreSQL loads pg.
    const { launchOnPostgres } = await import('./postgres/serving.ts');
    const running = await launchOnPostgres(def, { ...options, databaseUrl: options.databaseUrl }, catalogue);
    return running as RunningServer & { db: D };
  }
  const db = def.open(options.databaseFile);
  const store = db as D;
  const health = createDatabaseHealth(db.$client as Database.Database);
  const atStart = health.check();
  if (!atStart.ok) options.logger.error({ reason: atStart.reason }, `${def.name} database is not fit to serve; /readyz says so`);
  if (atStart.problem === 'integrity') {
    const degraded = await serveDegraded(def.name, atStart.reason!, options);
    return { ...degraded, db: store, close: async () => void (await degraded.close(), db.$client.close()) };
  }
  if (atStart.ok && (await def.isEmpty(store))) options.logger.info(await def.seed(store, catalogue()), 'seeded an empty database');
  const subgraph = def.createServer({ db: store, logger: options.logger, peers: options.peers });
  const ready = async () => {
    const state = health.check();
    return state.ok ? subgraph.ready() : state;
  };
  const running = await serveSubgraph({ ...subgraph, ready }, options);
  return {
    ...running,
    db: store,
    close: async () => {
      await running.close();
      await stopBackgroundWork(db.$client);
      closeDatabase(db.$client as Database.Database);
    },
  };
}

const subgraphConfig = (def: SubgraphDefinition, env?: Record<string, string | undefined>) =>
  loadSubgraphConfig(def.portVariable, def.defaultPort, def.databaseName, env, def.name);

/** `main.ts` of a subgraph: serve until SIGTERM, seeding an empty database first. The graph comes from the environment (graph.ts). */
export function runSubgraph(def: SubgraphDefinition): void {
  const logger = createLogger(def.name);
  runProcess(def.name, logger, async () => {
    const config = subgraphConfig(def);
    ensureDataDir(config.dataDir);
    const secret = loadOrCreateSecret(config.dataDir, process.env.GATEWAY_HMAC_SECRET);
    const graph = graphFromEnv(def.name);
    const peers = createPeers({ urls: () => graph.urls, secret, subgraphs: graph.names });
    const running = await launchSubgraph(def, { ...config, logger, secret, peers });
    logger.info(readyMessage(def.name, running.url, config.databaseUrl ? `PostgreSQL, schema ${config.databaseSchema}` : 'SQLite'));
    return running;
  });
}

/** `npm run seed`, per subgraph: reload the seed files into its store (SQLite, or PostgreSQL when a URL is set); safe to repeat. */
export async function reseedSubgraph(def: SubgraphDefinition, env: Record<string, string | undefined> = process.env): Promise<void> {
  const config = subgraphConfig(def, env);
  if (config.databaseUrl !== undefined) {
    const { openSubgraphPostgres } = await import('./postgres/serving.ts');
    const db = await openSubgraphPostgres(def, config.databaseUrl, config.databaseSchema, config.databaseUrlVariable);
    try {
      console.log(`${def.name}: seeded`, await def.seed(db, catalogue()));
    } finally {
      await db.$client.end();
    }
    return;
  }
  const db = def.open(config.databaseFile);
  try {
    console.log(`${def.name}: seeded`, await def.seed(db, catalogue()));
  } finally {
    closeDatabase(db.$client as Database.Database);
  }
}

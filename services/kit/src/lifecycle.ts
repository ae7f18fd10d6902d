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
import { backgroundReady, stopBackgroundWork } from './background-work.ts';

let cached: Catalogue | undefined;
/** The seed catalogue, read and validated once per process. */
const catalogue = () => (cached ??= loadCatalogue(undefined, normalizeText));

/**
 * Opens a subgraph's database (seeding it when empty), serves it, and returns its URL and a close
 * that stops the server and closes the database. Used by `main.ts` and by the whole-stack tests.
 */
export async function launchSubgraph<S extends Record<string, unknown>>(
  def: SubgraphDefinition<S>,
  options: { databaseFile: string; port: number; host?: string; logger: Logger; secret: string; peers: Peers; metricsToken?: string | undefined },
): Promise<RunningServer & { db: Db<S> }> {
  const db = def.open(options.databaseFile);
  const health = createDatabaseHealth(db.$client as Database.Database);
  const atStart = health.check();
  if (!atStart.ok) options.logger.error({ reason: atStart.reason }, `${def.name} database is not fit to serve; /readyz says so`);
  if (atStart.problem === 'integrity') {
    const degraded = await serveDegraded(def.name, atStart.reason!, options);
    return { ...degraded, db, close: async () => void (await degraded.close(), db.$client.close()) };
  }
  if (atStart.ok && def.isEmpty(db)) options.logger.info(def.seed(db, catalogue()), 'seeded an empty database');
  const subgraph = def.createServer({ db, logger: options.logger, peers: options.peers });
  // Search indexes are built or loaded off the request thread before the first request (background-work.ts).
  await backgroundReady(db.$client);
  const ready = () => {
    const state = health.check();
    return state.ok ? subgraph.ready() : state;
  };
  const running = await serveSubgraph({ ...subgraph, ready }, options);
  return {
    ...running,
    db,
    close: async () => {
      await running.close();
      await stopBackgroundWork(db.$client);
      closeDatabase(db.$client as Database.Database);
    },
  };
}

/** `main.ts` of a subgraph: serve until SIGTERM, seeding an empty database first. The graph comes from the environment (graph.ts). */
export function runSubgraph(def: SubgraphDefinition): void {
  const logger = createLogger(def.name);
  runProcess(def.name, logger, async () => {
    const config = loadSubgraphConfig(def.portVariable, def.defaultPort, def.databaseName);
    ensureDataDir(config.dataDir);
    const secret = loadOrCreateSecret(config.dataDir, process.env.GATEWAY_HMAC_SECRET);
    const graph = graphFromEnv(def.name);
    const peers = createPeers({ urls: () => graph.urls, secret, subgraphs: graph.names });
    const running = await launchSubgraph(def, { ...config, logger, secret, peers });
    logger.info(`${def.name} subgraph ready at ${running.url}`);
    return running;
  });
}

/** `npm run seed`, per subgraph: reload the seed files into its database; safe to repeat. */
export function reseedSubgraph(def: SubgraphDefinition, env: Record<string, string | undefined> = process.env): void {
  const config = loadSubgraphConfig(def.portVariable, def.defaultPort, def.databaseName, env);
  const db = def.open(config.databaseFile);
  try {
    console.log(`${def.name}: seeded`, def.seed(db, catalogue()));
  } finally {
    closeDatabase(db.$client as Database.Database);
  }
}

/** The process life cycle every subgraph shares: config, open, seed when empty, serve, reseed on demand. */
import type { BaseContext } from '@apollo/server';
import { loadCatalogue, type Catalogue } from '@edu-catalogus/seeds';
import { loadSubgraphConfig } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { runProcess, serveSubgraph, type Subgraph } from './run.ts';
import { normalizeText } from './text.ts';

export interface SubgraphDefinition<D extends { $client: { close(): unknown } }, C extends BaseContext> {
  name: string;
  portVariable: string;
  defaultPort: number;
  databaseName: string;
  open: (file: string) => D;
  isEmpty: (db: D) => boolean;
  seed: (db: D, catalogue: Catalogue) => Record<string, number>;
  createServer: (options: { db: D; logger: Logger }) => Subgraph<C>;
}

const catalogue = () => loadCatalogue(undefined, normalizeText);

/** `index.ts` of a subgraph: serve until SIGTERM, seeding an empty database first. */
export function runSubgraph<D extends { $client: { close(): unknown } }, C extends BaseContext>(def: SubgraphDefinition<D, C>): void {
  const logger = createLogger(def.name);
  runProcess(def.name, logger, async () => {
    const config = loadSubgraphConfig(def.portVariable, def.defaultPort, def.databaseName);
    const db = def.open(config.databaseFile);
    if (def.isEmpty(db)) logger.info(def.seed(db, catalogue()), 'seeded an empty database');
    const running = await serveSubgraph(def.createServer({ db, logger }), { port: config.port, host: config.host, logger });
    logger.info(`${def.name} subgraph ready at ${running.url}`);
    return {
      close: async () => {
        await running.close();
        db.$client.close();
      },
    };
  });
}

/** `npm run seed` of a subgraph: reload the seed files into its database; safe to repeat. */
export function reseedSubgraph<D extends { $client: { close(): unknown } }, C extends BaseContext>(def: SubgraphDefinition<D, C>): void {
  const config = loadSubgraphConfig(def.portVariable, def.defaultPort, def.databaseName);
  const db = def.open(config.databaseFile);
  try {
    console.log(`${def.name}: seeded`, def.seed(db, catalogue()));
  } finally {
    db.$client.close();
  }
}

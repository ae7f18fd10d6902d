/** Serving a subgraph over HTTP, and the process entry every service runs under (bad config, SIGTERM). Opening and seeding: lifecycle.ts. */
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { ConfigError } from './config.ts';
import { createHttpHandler, listen, type RunningServer } from './http.ts';
import type { Identity } from './identity.ts';

export interface Subgraph<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** The request context for a verified identity (null: anonymous). */
  context: (identity?: Identity | null) => Promise<C>;
  /** A cheap check that the database answers. */
  ready: () => boolean;
}

export async function serveSubgraph<C extends BaseContext>(
  subgraph: Subgraph<C>,
  options: { port: number; host?: string; logger: Logger; secret: string; metricsToken?: string | undefined },
): Promise<RunningServer> {
  await subgraph.apollo.start();
  const handler = createHttpHandler({
    apollo: subgraph.apollo,
    context: (identity) => subgraph.context(identity),
    secret: options.secret,
    logger: options.logger,
    ready: subgraph.ready,
    metricsToken: options.metricsToken,
  });
  const running = await listen((req, res) => void handler(req, res), options.port, options.host);
  return {
    ...running,
    close: async () => {
      await running.close();
      await subgraph.apollo.stop();
    },
  };
}

/** Runs `main` as the process entry: clear message and exit 1 on bad config, graceful SIGTERM/SIGINT. */
export function runProcess(name: string, logger: Logger, main: () => Promise<{ close: () => Promise<void> }>): void {
  main().then(
    (running) => {
      const stop = (signal: string) => {
        logger.info({ signal }, `${name} stopping`);
        running.close().then(
          () => process.exit(0),
          (err: unknown) => {
            logger.error({ err }, `${name} did not stop cleanly`);
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    },
    (err: unknown) => {
      if (err instanceof ConfigError) console.error(`${name}: ${err.message}`);
      else logger.fatal({ err }, `${name} failed to start`);
      process.exit(1);
    },
  );
}

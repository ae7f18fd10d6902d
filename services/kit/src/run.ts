/** Serving a subgraph over HTTP, and the process entry every service runs under (bad config, SIGTERM). Opening and seeding: lifecycle.ts. */
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { shutdownDeadlineMs } from './drain.ts';
import { explainStartupError } from './startup.ts';
import { createHttpHandler, listen, type RunningServer } from './http.ts';
import type { Health } from './health.ts';
import type { Identity } from './identity.ts';
import type { ReplayGuard } from './replay-guard.ts';

export interface Subgraph<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** The request context for a verified identity (null: anonymous). */
  context: (identity?: Identity | null) => Promise<C>;
  /** A cheap check that the database answers (launchSubgraph adds integrity, writability and disk space; on PostgreSQL a query with a deadline). */
  ready: () => boolean | Health | Promise<boolean | Health>;
}

export async function serveSubgraph<C extends BaseContext>(
  subgraph: Subgraph<C>,
  options: { port: number; host?: string; logger: Logger; secret: string; metricsToken?: string | undefined; replays?: ReplayGuard | undefined },
): Promise<RunningServer> {
  await subgraph.apollo.start();
  const handler = createHttpHandler({
    apollo: subgraph.apollo,
    context: (identity) => subgraph.context(identity),
    secret: options.secret,
    logger: options.logger,
    ready: subgraph.ready,
    metricsToken: options.metricsToken,
    ...(options.replays ? { replays: options.replays } : {}),
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

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Runs `main` as the process entry with one shutdown path: on SIGTERM/SIGINT (or when the supervisor
 * that started it goes away) it closes what `main` returned (stop accepting, drain, close databases)
 * and exits 0, or exits 1 when that takes longer than the deadline (SHUTDOWN_TIMEOUT_MS, default 10 s).
 */
export function runProcess(name: string, logger: Logger, main: () => Promise<{ close: () => Promise<void> }>): void {
  const deadlineMs = shutdownDeadlineMs();
  // Whatever the process creates in DATA_DIR (databases, secrets, keys) is the owner's only.
  process.umask(0o077);
  const started = main();
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason, deadlineMs }, `${name} stopping`);
    setTimeout(() => {
      logger.error({ deadlineMs }, `${name} did not stop within the deadline`);
      process.exit(1);
    }, deadlineMs + 2000).unref();
    started
      .then((running) => running.close())
      .then(
        () => {
          logger.info(`${name} stopped`);
          process.exit(0);
        },
        (err: unknown) => {
          logger.error({ err }, `${name} did not stop cleanly`);
          process.exit(1);
        },
      );
  };
  const onSignal = (signal: NodeJS.Signals) => stop(signal);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  if (process.connected) process.once('disconnect', () => stop('supervisor gone'));
  started.then(
    (running) => {
      // Under the supervisor (services/ops), tell it this service is ready, so it starts the next one.
      process.send?.({ type: 'ready', url: 'url' in running ? running.url : undefined });
      // Libraries that stop themselves on a signal (Hive Gateway disposes its runtime, aborting requests in
      // flight; Apollo re-raises SIGTERM) would race the drain above, so only this handler stays.
      for (const signal of SIGNALS) for (const listener of process.listeners(signal)) if (listener !== onSignal) process.removeListener(signal, listener);
    },
    (err: unknown) => {
      const line = explainStartupError(name, err);
      if (line) console.error(`${name} cannot start: ${line}`);
      else logger.fatal({ err }, `${name} failed to start`);
      process.exit(1);
    },
  );
}

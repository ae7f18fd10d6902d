/**
 * The supervisor behind `npm start`: starts the subgraphs, then the gateway, then the web site (each
 * stage once the previous one reports ready), restarts a service that crashes with exponential backoff,
 * and on stop ends them in reverse order (web, gateway, subgraphs), each with SIGTERM and its deadline.
 * Children run in their own process group (a terminal's Ctrl-C reaches only the supervisor, which
 * keeps the order) and over an IPC channel, so they stop by themselves if the supervisor is killed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Logger } from 'pino';
import { entryPath, execArgv, type ServiceSpec } from './services.ts';

export interface SupervisorOptions {
  services: ServiceSpec[];
  env: Record<string, string>;
  logger: Logger;
  /** Each service's own shutdown deadline; the supervisor SIGKILLs a service 3 s after it. */
  deadlineMs: number;
  /** First restart delay; doubles per crash in a row up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

interface Running {
  spec: ServiceSpec;
  child?: ChildProcess;
  restarts: number;
  crashesInARow: number;
  timer?: NodeJS.Timeout;
}

export class StartFailed extends Error {}

export function createSupervisor(options: SupervisorOptions) {
  const { logger } = options;
  const backoff = options.backoffMs ?? 500;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const running = new Map<string, Running>(options.services.map((spec) => [spec.name, { spec, restarts: 0, crashesInARow: 0 }]));
  let stopping = false;

  /** Starts one service; resolves once it says it is ready, rejects if it exits first. */
  const launch = (entry: Running): Promise<void> => {
    const child = fork(entryPath(entry.spec), [], {
      env: { ...options.env, SHUTDOWN_TIMEOUT_MS: String(options.deadlineMs) },
      execArgv: execArgv(entry.spec, options.env),
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      detached: true,
    });
    entry.child = child;
    const startedAt = Date.now();
    const ready = new Promise<void>((resolve, reject) => {
      child.on('message', (message: { type?: string }) => message?.type === 'ready' && resolve());
      child.once('exit', (code, signal) => reject(new StartFailed(`${entry.spec.name} exited (${signal ?? code}) before it was ready`)));
    });
    child.once('exit', (code, signal) => {
      if (entry.child !== child) return;
      entry.child = undefined;
      if (stopping) return;
      entry.crashesInARow = Date.now() - startedAt > 60_000 ? 1 : entry.crashesInARow + 1;
      const delayMs = Math.min(maxBackoff, backoff * 2 ** (entry.crashesInARow - 1));
      entry.restarts += 1;
      logger.error({ service: entry.spec.name, code, signal, restarts: entry.restarts, delayMs }, `${entry.spec.name} exited; restarting`);
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        if (stopping) return;
        launch(entry).then(
          () => logger.info({ service: entry.spec.name, restarts: entry.restarts }, `${entry.spec.name} is back`),
          () => undefined, // its exit handler schedules the next attempt
        );
      }, delayMs);
    });
    return ready;
  };

  /** Ends one service: SIGTERM to it, SIGKILL if it outlives its deadline. */
  const end = async (entry: Running): Promise<void> => {
    clearTimeout(entry.timer);
    const child = entry.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const kill = setTimeout(() => {
      logger.error({ service: entry.spec.name }, `${entry.spec.name} outlived its deadline; killing it`);
      child.kill('SIGKILL');
    }, options.deadlineMs + 3000);
    const [code, signal] = await exited;
    clearTimeout(kill);
    logger.info({ service: entry.spec.name, code, signal }, `${entry.spec.name} stopped`);
  };

  const stages = [...new Set(options.services.map((s) => s.stage))].sort((a, b) => a - b);
  const inStage = (stage: number) => [...running.values()].filter((r) => r.spec.stage === stage);

  return {
    /** Starts stage after stage; rejects with StartFailed (after stopping the rest) when a service cannot start. */
    async start(): Promise<void> {
      for (const stage of stages) {
        try {
          await Promise.all(inStage(stage).map(launch));
        } catch (error) {
          await this.stop();
          throw error;
        }
        if (stopping) return;
      }
      logger.info({ services: options.services.map((s) => s.name) }, 'every service is ready');
    },
    /** Stops in reverse stage order; resolves when every child has exited. */
    async stop(): Promise<void> {
      stopping = true;
      for (const stage of [...stages].reverse()) await Promise.all(inStage(stage).map(end));
    },
    /** Process ids, for tests and logs. */
    pids: () => Object.fromEntries([...running].map(([name, r]) => [name, r.child?.pid])),
    restarts: (name: string) => running.get(name)?.restarts ?? 0,
  };
}

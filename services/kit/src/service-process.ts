/**
 * A service (a subgraph's `src/main.ts`, `gateway/src/main.ts`) as its own Node process under tsx, as
 * `npm start` runs it, for tests and benchmarks that must kill, restart or load it from outside. Node runs
 * the file itself, not a wrapper, so a signal reaches the process that holds the database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { repoRoot } from './config.ts';

export interface ServiceProcessOptions {
  /** The entry file, relative to `cwd` (or absolute). */
  entry: string;
  /** Default: the repository root. */
  cwd?: string;
  /** Added to this process's environment, after `LOG_LEVEL=info` (the ready line is an info line). */
  env?: Record<string, string>;
  /** The ready log line; its first group is the URL the service listens on. */
  ready: RegExp;
  /** Node flags before `--import tsx` (`--trace-gc` ...). */
  nodeFlags?: readonly string[];
  /** Each line of its standard output, the ready line included. */
  onLine?: (line: string) => void;
}

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** Starts the service; resolves once its ready line names its URL, rejects when it exits before that. */
export function startServiceProcess(options: ServiceProcessOptions): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', options.entry], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, LOG_LEVEL: 'info', ...options.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => reject(new Error(`${options.entry} exited (${signal ?? code}) before it was ready`));
    child.once('exit', onExit);
    // The listener stays after the ready line: stdout keeps draining (a full pipe would block the process's logging).
    createInterface({ input: child.stdout! }).on('line', (line) => {
      options.onLine?.(line);
      const url = options.ready.exec(line)?.[1];
      if (!url) return;
      child.off('exit', onExit);
      resolve({ url, child, exited });
    });
  });
}

/** Runs a subgraph as its own process (as `npm start` does), so a test can SIGKILL it mid-write and start it again. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { SUBGRAPH_READY } from '@edu-catalogus/kit/testing';
import { SUBGRAPHS } from '@edu-catalogus/schema';

const root = path.resolve(import.meta.dirname, '../..');

export interface SubgraphProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** Starts `services/<name>` on a free port with `env`; resolves with its URL once it logs that it is ready. */
export function startSubgraphProcess(name: string, env: Record<string, string>): Promise<SubgraphProcess> {
  // node itself, not the tsx wrapper: a SIGKILL must reach the process that holds the database.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(root, 'services', name),
    // The graph it belongs to, as npm start tells it (peers, the change feed's order); `env` may override.
    env: { ...process.env, LOG_LEVEL: 'info', SUBGRAPH_NAMES: SUBGRAPHS.map((s) => s.name).join(','), [`${name.toUpperCase()}_PORT`]: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const url = SUBGRAPH_READY.exec(line)?.[1];
      if (url) resolve({ url, child, exited });
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready`)));
  });
}

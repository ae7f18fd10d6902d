/**
 * The catalogue as it runs in production, for the benchmarks: each subgraph and each gateway in its
 * own Node process (their real `main.ts`), on free loopback ports, over one temporary
 * DATA_DIR. The benchmark process itself is only the load generator, so no server shares an event
 * loop with autocannon or with another server (which distorts the ratios the benchmarks report).
 * BENCH_NODE_FLAGS adds Node options to every server (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`,
 * written when the stack stops; `--trace-gc`, whose lines each process counts: `gcCounts()`).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServiceProcess, SUBGRAPH_READY } from '@edu-catalogus/kit/testing';
import { SUBGRAPHS } from '@edu-catalogus/schema';

const SUBGRAPH_ENTRIES = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.entry]));
type SubgraphName = 'tools' | 'facilities' | 'standards';

export interface ProcessStack {
  /** Every registry subgraph's URL (the three named ones typed for the benchmarks that use them). */
  subgraphUrls: Record<string, string> & Record<SubgraphName, string>;
  /** The HMAC secret the gateways sign subgraph requests with. */
  secret: string;
  /** METRICS_TOKEN of every process: reads `/metrics` on their ports. */
  metricsToken: string;
  /** Starts one more gateway process over the subgraphs with extra environment (RESPONSE_CACHE, RATE_LIMIT ...). */
  gateway: (env?: Record<string, string>) => Promise<string>;
  /** Starts the web front-end process over `gatewayUrl` (its own `index.ts`); resolves with its base URL. */
  web: (gatewayUrl: string, env?: Record<string, string>) => Promise<string>;
  /** Process ids, for the report. */
  pids: () => number[];
  /** Garbage collections per process name under `--trace-gc` (BENCH_NODE_FLAGS), counted since the last call. */
  gcCounts: () => Record<string, { scavenge: number; markCompact: number }>;
  /** Each process with what it runs (`tools`, `gateway`, `web` ...), for per-process figures. */
  processes: () => { name: string; pid: number }[];
  stop: () => Promise<void>;
}

/** What each child runs: the folder of its entry (`services/tools/…` → `tools`, `gateway/…` → `gateway`). */
const names = new WeakMap<ChildProcess, string>();
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const gc: Record<string, { scavenge: number; markCompact: number }> = {};

/** Starts `entry` under tsx and resolves with the URL its ready log line names (`ready`'s first group). */
async function startProcess(entry: string, env: Record<string, string>, ready: RegExp, children: ChildProcess[]): Promise<string> {
  const parts = entry.split('/');
  const name = (parts[0] === 'services' ? parts[1] : parts[0]) ?? entry;
  const countGc = (line: string) => {
    const kind = /ms: (Scavenge|Mark-Compact)/.exec(line)?.[1];
    if (!kind) return;
    gc[name] ??= { scavenge: 0, markCompact: 0 };
    gc[name][kind === 'Scavenge' ? 'scavenge' : 'markCompact']++;
  };
  const started = await startServiceProcess({ entry, env, ready, nodeFlags: NODE_FLAGS, onLine: countGc });
  children.push(started.child);
  names.set(started.child, name);
  return started.url;
}

/** `databases`: prebuilt database files a subgraph serves instead of seeding one (copied into DATA_DIR). */
export async function startProcessStack(options: { databases?: Partial<Record<string, string>> } = {}): Promise<ProcessStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-bench-'));
  for (const [name, file] of Object.entries(options.databases ?? {})) {
    const def = SUBGRAPHS.find((s) => s.name === name);
    if (def && file) copyFileSync(file, path.join(dataDir, def.databaseName));
  }
  const secret = randomBytes(24).toString('hex');
  const metricsToken = randomBytes(24).toString('hex');
  const children: ChildProcess[] = [];
  const common = {
    DATA_DIR: dataDir,
    GATEWAY_HMAC_SECRET: secret,
    HOST: '127.0.0.1',
    METRICS_TOKEN: metricsToken,
    // The benchmarks sign in with development tokens (no OIDC provider), also under NODE_ENV=production.
    ALLOW_DEV_TOKENS: 'true',
    ALLOW_TOKEN_SIGN_IN: 'true',
    SUBGRAPH_NAMES: SUBGRAPHS.map((s) => s.name).join(','),
  };
  try {
    const entries = Object.entries(SUBGRAPH_ENTRIES);
    const urls = await Promise.all(
      entries.map(([name, entry]) => startProcess(entry, { ...common, [`${name.toUpperCase()}_PORT`]: '0' }, SUBGRAPH_READY, children)),
    );
    const subgraphUrls = Object.fromEntries(entries.map(([name], i) => [name, urls[i]!])) as ProcessStack['subgraphUrls'];
    const gatewayEnv = Object.fromEntries(entries.map(([name]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, subgraphUrls[name]]));
    return {
      subgraphUrls,
      secret,
      metricsToken,
      gateway: (env = {}) =>
        startProcess('gateway/src/main.ts', { ...common, ...gatewayEnv, GATEWAY_PORT: '0', ...env }, /is ready: open (http:\/\/[\d.:]+\/graphql)/, children),
      web: (gatewayUrl, env = {}) =>
        startProcess(
          'services/web/src/index.ts',
          { ...common, GATEWAY_URL: gatewayUrl, WEB_PORT: '0', ...env },
          /web is ready: open (http:\/\/[\d.:]+)/,
          children,
        ),
      pids: () => children.map((c) => c.pid!),
      gcCounts: () => {
        const counts = structuredClone(gc);
        for (const key of Object.keys(gc)) delete gc[key];
        return counts;
      },
      processes: () => children.map((c) => ({ name: names.get(c) ?? '?', pid: c.pid! })),
      stop: () => stopAll(children, dataDir),
    };
  } catch (error) {
    await stopAll(children, dataDir);
    throw error;
  }
}

async function stopAll(children: ChildProcess[], dataDir: string): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  rmSync(dataDir, { recursive: true, force: true });
}

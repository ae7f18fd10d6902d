/**
 * One vs two tools replicas through a gateway, for bench:stores: every subgraph and the gateway in its
 * own process (their real entry files), the tools subgraph serving from PostgreSQL (TOOLS_DATABASE_URL,
 * schema `tools`, the catalogue already loaded), the others from SQLite in a temporary DATA_DIR. A
 * round-robin proxy stands where a load balancer would, in front of one tools replica and then of two;
 * the gateway (response cache off) sees one URL. The search mix (mix.ts) runs through the gateway with
 * several concurrent clients: p50/p99 and queries per second.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServiceProcess, SUBGRAPH_READY } from '@edu-catalogus/kit/testing';
import { SUBGRAPHS } from '@edu-catalogus/schema';
import { MIX, type BenchOperation } from './mix.ts';

export interface Stats {
  p50: number;
  p99: number;
  qps: number;
}

/** Starts `entry` (relative to the repository root) and resolves with the URL its ready line names. */
async function startProcess(entry: string, env: Record<string, string>, ready: RegExp, children: ChildProcess[]): Promise<string> {
  const started = await startServiceProcess({ entry, env, ready });
  children.push(started.child);
  return started.url;
}

/** A round-robin HTTP proxy over `targets` (changeable while it runs): what a load balancer does. */
async function roundRobin(targets: string[]) {
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const target = new URL(targets[next++ % targets.length]!);
    const upstream = request(target, { method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/graphql`, targets, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const QUERY = (facets: boolean) =>
  `query($search: String, $filter: ToolFilter, $orderBy: ToolOrder, $after: String) { tools(search: $search, filter: $filter, orderBy: $orderBy, first: 20, after: $after) { totalCount pageInfo { endCursor } edges { node { id name } }${facets ? ' facets { dimension values { value count } }' : ''} } }`;

async function ask(url: string, op: BenchOperation, after: string | null): Promise<string | null> {
  const variables = { search: op.search ?? null, filter: op.filter ?? null, orderBy: op.orderBy ?? null, after };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY(!!op.facets), variables }),
  });
  const body = (await response.json()) as { data?: { tools: { pageInfo: { endCursor: string | null } } }; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`${op.name}: ${response.status} ${body.errors?.[0]?.message ?? ''}`);
  return body.data.tools.pageInfo.endCursor;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** `clients` concurrent clients each running the mix `rounds` times through `url`. */
async function measureMix(url: string, clients: number, rounds: number): Promise<Stats> {
  const cursors = new Map<string, string | null>();
  for (const op of MIX) cursors.set(op.name, op.secondPage ? await ask(url, op, null) : null);
  for (const op of MIX) await ask(url, op, cursors.get(op.name)!); // warm-up round
  const samples: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let round = 0; round < rounds; round++)
        for (const op of MIX) {
          const t0 = performance.now();
          await ask(url, op, cursors.get(op.name)!);
          samples.push(performance.now() - t0);
        }
    }),
  );
  const elapsed = performance.now() - started;
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), qps: (samples.length / elapsed) * 1000 };
}

/** The mix through a gateway over one tools replica, then over two; `databaseUrl` holds the catalogue in schema `tools`. */
export async function measureReplicas(databaseUrl: string, options: { clients: number; rounds: number }): Promise<{ one: Stats; two: Stats }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-bench-replicas-'));
  const common = {
    DATA_DIR: dataDir,
    GATEWAY_HMAC_SECRET: randomBytes(24).toString('hex'),
    HOST: '127.0.0.1',
    SUBGRAPH_NAMES: SUBGRAPHS.map((s) => s.name).join(','),
  };
  const children: ChildProcess[] = [];
  const tools = (n: number) =>
    startProcess(
      SUBGRAPHS.find((s) => s.name === 'tools')!.entry,
      { ...common, TOOLS_PORT: '0', TOOLS_DATABASE_URL: databaseUrl, REPLICA: String(n) },
      SUBGRAPH_READY,
      children,
    );
  try {
    const others = SUBGRAPHS.filter((s) => s.name !== 'tools');
    const otherUrls = await Promise.all(others.map((s) => startProcess(s.entry, { ...common, [s.portVariable]: '0' }, SUBGRAPH_READY, children)));
    const [first, second] = [await tools(1), await tools(2)];
    const balancer = await roundRobin([first]);
    try {
      const subgraphUrls = Object.fromEntries([
        ['SUBGRAPH_TOOLS_URL', balancer.url],
        ...others.map((s, i) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, otherUrls[i]!]),
      ]);
      const gateway = await startProcess(
        'gateway/src/main.ts',
        { ...common, ...subgraphUrls, GATEWAY_PORT: '0', RESPONSE_CACHE: 'false', RATE_LIMIT: '100000000' },
        /is ready: open (http:\/\/[\d.:]+\/graphql)/,
        children,
      );
      const one = await measureMix(gateway, options.clients, options.rounds);
      balancer.targets.push(second);
      const two = await measureMix(gateway, options.clients, options.rounds);
      return { one, two };
    } finally {
      await balancer.close();
    }
  } finally {
    await Promise.all(
      children.map(
        (child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
      ),
    );
    rmSync(dataDir, { recursive: true, force: true });
  }
}

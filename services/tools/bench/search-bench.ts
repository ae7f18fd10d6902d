/**
 * `npm run bench:search`: p50/p99 latency and queries per second of the search mix (mix.ts) on
 * synthetic catalogues of 1k, 10k and 100k tools, in-process (the store call the resolver makes)
 * and through the gateway (HTTP, Hive Gateway, tools subgraph). Prints a table; not part of npm test.
 * BENCH_SIZES=1000,10000 picks other sizes; BENCH_DIR=<dir> keeps the built catalogues there and reuses them.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStores } from '../src/context.ts';
import { createToolSearch } from '../src/store/tool-store.ts';
import { definition } from '../src/definition.ts';
// The whole-stack starter lives in the test workspace; a package dependency would make a cycle.
import { startStack } from '../../../test/src/stack.ts';
import { MIX, type BenchOperation } from './mix.ts';
import { writeSyntheticCatalogue } from './synthetic.ts';

const { open: openToolsDatabase } = definition;

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
/** Samples per operation: enough for a p99 over the whole mix. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

const GRAPHQL = `query($search: String, $filter: ToolFilter, $orderBy: ToolOrder, $after: String, $facets: Boolean!) {
  tools(search: $search, filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } }
    facets @include(if: $facets) { dimension values { value count } }
  }
}`;

interface Stats {
  p50: number;
  p99: number;
  qps: number;
  perOperation: Map<string, number[]>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(run: (op: BenchOperation, after: string | null) => Promise<string | null> | string | null): Promise<Stats> {
  const cursors = new Map<string, string | null>();
  for (const op of MIX) cursors.set(op.name, op.secondPage ? await run(op, null) : null);
  for (const op of MIX) await run(op, cursors.get(op.name)!); // warm-up round
  const samples: number[] = [];
  const perOperation = new Map<string, number[]>(MIX.map((op) => [op.name, []]));
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const op of MIX) {
      const t0 = performance.now();
      await run(op, cursors.get(op.name)!);
      const ms = performance.now() - t0;
      samples.push(ms);
      perOperation.get(op.name)!.push(ms);
    }
  }
  const elapsed = performance.now() - started;
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), qps: (samples.length / elapsed) * 1000, perOperation };
}

async function benchSize(size: number, dir: string) {
  const file = path.join(dir, `tools-${size}.db`);
  const t0 = performance.now();
  const built = existsSync(file);
  const db = openToolsDatabase(file);
  if (!built) await writeSyntheticCatalogue(db, size, 20_251_128);
  const buildMs = built ? null : performance.now() - t0;
  createStores(db);
  const warm = createToolSearch(db);
  const run = (list: typeof warm.search) => (op: BenchOperation, after: string | null) => {
    const result = list({ search: op.search ?? null, filter: op.filter ?? null, orderBy: op.orderBy ?? null, first: 20, after });
    if (op.facets) result.facets();
    return result.pageInfo.endCursor;
  };
  // Cold: every search evaluated by FTS5 again (no text-result cache), as for a never-seen search.
  const cold = createToolSearch(db, { textCache: 0 });
  const inProcessCold = await measure(run((q) => cold.search(q)));
  const inProcess = await measure(run((q) => warm.search(q)));
  db.$client.close();
  const stack = await startStack({ databases: { tools: file }, env: { RESPONSE_CACHE: 'false', RATE_LIMIT: '1000000000', RATE_LIMIT_PORTAL: '1000000000' } });
  try {
    const gateway = await measure(async (op, after) => {
      const variables = { search: op.search ?? null, filter: op.filter ?? null, orderBy: op.orderBy ?? null, after, facets: op.facets ?? false };
      const { body } = await stack.query(GRAPHQL, variables);
      if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors)}`);
      return body.data.tools.pageInfo.endCursor;
    });
    return { size, buildMs, inProcessCold, inProcess, gateway };
  } finally {
    await stack.stop();
  }
}

const fmt = (ms: number) => ms.toFixed(2);
const keep = process.env.BENCH_DIR;
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'edu-catalogus-bench-'));
try {
  const results = [];
  for (const size of SIZES) {
    console.error(`building and measuring ${size} tools ...`);
    results.push(await benchSize(size, dir));
  }
  console.log(`\nSearch mix: ${MIX.length} operations x ${ROUNDS} rounds per size, sequential, one client.\n`);
  console.log('| tools | in-process cold p50 ms | p99 ms | QPS | in-process p50 ms | p99 ms | QPS | gateway p50 ms | p99 ms | QPS |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const cells = (s: Stats) => `${fmt(s.p50)} | ${fmt(s.p99)} | ${Math.round(s.qps)}`;
  for (const r of results) console.log(`| ${r.size.toLocaleString('en')} | ${cells(r.inProcessCold)} | ${cells(r.inProcess)} | ${cells(r.gateway)} |`);
  const [small, large] = [results[0]!, results.at(-1)!];
  if (results.length > 1) {
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(
      `\n${large.size}/${small.size} ratio, in-process cold: p50 ${ratio(large.inProcessCold.p50, small.inProcessCold.p50)}x, p99 ${ratio(large.inProcessCold.p99, small.inProcessCold.p99)}x; in-process: p50 ${ratio(large.inProcess.p50, small.inProcess.p50)}x, p99 ${ratio(large.inProcess.p99, small.inProcess.p99)}x; gateway: p50 ${ratio(large.gateway.p50, small.gateway.p50)}x, p99 ${ratio(large.gateway.p99, small.gateway.p99)}x (catalogue ${large.size / small.size}x).`,
    );
  }
  console.log(`\nPer operation at ${large.size.toLocaleString('en')} tools, in-process (p50 / max ms):\n`);
  console.log('| operation | cold p50 | cold max | p50 | max |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, ms] of large.inProcess.perOperation) {
    const [coldSorted, sorted] = [[...large.inProcessCold.perOperation.get(name)!], [...ms]].map((m) => m.sort((a, b) => a - b)) as [number[], number[]];
    console.log(`| ${name} | ${fmt(percentile(coldSorted, 50))} | ${fmt(coldSorted.at(-1)!)} | ${fmt(percentile(sorted, 50))} | ${fmt(sorted.at(-1)!)} |`);
  }
  console.log(
    `\nCatalogue build (seed + synthetic tools + index): ${results.map((r) => `${r.size}: ${r.buildMs === null ? 'reused' : `${(r.buildMs / 1000).toFixed(1)} s`}`).join(', ')}`,
  );
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

/**
 * `npm run bench:stores`: SQLite and PostgreSQL side by side in one run. The search mix (mix.ts) on
 * synthetic catalogues (synthetic.ts) of 10k and 100k tools, p50/p99 and queries per second, in-process
 * (the store call a resolver makes): SQLite's search (its caches on, and cold) and the PostgreSQL search
 * (pg-search.ts) on a throwaway server (`startPostgres`), loaded by copying the same SQLite catalogue.
 * Curation writes per second (curation-writes.ts) on both stores, one writer and four concurrent ones.
 * One vs two tools replicas serving from PostgreSQL behind a gateway (replicas.ts), BENCH_CLIENTS clients,
 * once the tools subgraph can serve from PostgreSQL.
 * BENCH_SIZES=10000 picks sizes; BENCH_ROUNDS rounds of the mix; BENCH_CYCLES curation cycles per writer;
 * BENCH_DIR keeps the SQLite catalogues.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPostgres } from '@edu-catalogus/kit/testing';
import { createStores } from '../src/context.ts';
import { definition } from '../src/definition.ts';
import { openToolsPostgres } from '../src/store/pg-open.ts';
import { copyCatalogueToPostgres } from '../src/store/pg-copy-from-sqlite.ts';
import { createPgCatalogueSearch } from '../src/store/search/pg-search.ts';
import { createToolSearch } from '../src/store/tool-store.ts';
import pgDriver from 'pg';
import { curationWritesPerSecond } from './curation-writes.ts';
import { measureReplicas } from './replicas.ts';
import { MIX, type BenchOperation } from './mix.ts';
import { writeSyntheticCatalogue } from './synthetic.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 50);
const REPLICA_CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
const NOT_YET = 'not yet: tools does not serve from PostgreSQL';
const RUN_ID = Date.now().toString(36);

type Run = (op: BenchOperation, after: string | null) => Promise<string | null>;
interface Stats {
  p50: number;
  p99: number;
  qps: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(run: Run): Promise<Stats> {
  const cursors = new Map<string, string | null>();
  for (const op of MIX) cursors.set(op.name, op.secondPage ? await run(op, null) : null);
  for (const op of MIX) await run(op, cursors.get(op.name)!); // warm-up round
  const samples: number[] = [];
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const op of MIX) {
      const t0 = performance.now();
      await run(op, cursors.get(op.name)!);
      samples.push(performance.now() - t0);
    }
  }
  const elapsed = performance.now() - started;
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), qps: (samples.length / elapsed) * 1000 };
}

const query = (op: BenchOperation, after: string | null) => ({
  search: op.search ?? null,
  filter: op.filter ?? null,
  orderBy: op.orderBy ?? null,
  first: 20,
  after,
});
const idsOnly = (ids: string[]) => new Map(ids.map((id) => [id, id]));

async function benchSize(size: number, dir: string, url: string) {
  const file = path.join(dir, `tools-${size}.db`);
  const built = existsSync(file);
  const db = definition.open(file);
  if (!built) await writeSyntheticCatalogue(db, size, 20_251_128);
  createStores(db);
  const warm = createToolSearch(db);
  const cold = createToolSearch(db, { textCache: 0 });
  const sqliteRun =
    (list: typeof warm.search): Run =>
    async (op, after) => {
      const page = list(query(op, after));
      if (op.facets) page.facets();
      return page.pageInfo.endCursor;
    };
  const sqlite = await measure(sqliteRun((q) => warm.search(q)));
  const sqliteCold = await measure(sqliteRun((q) => cold.search(q)));
  const writes = async (store: Parameters<typeof curationWritesPerSecond>[0], name: string) => ({
    one: await curationWritesPerSecond(store, { writers: 1, cycles: CYCLES, prefix: `${RUN_ID}-${name}-${size}-1` }),
    four: await curationWritesPerSecond(store, { writers: 4, cycles: CYCLES, prefix: `${RUN_ID}-${name}-${size}-4` }),
  });

  // A database per size, the catalogue in schema `tools`: where a tools replica serving from PostgreSQL looks.
  const databaseUrl = await createDatabase(url, `bench_${size}_${RUN_ID}`);
  const pg = await openToolsPostgres(databaseUrl);
  try {
    const t0 = performance.now();
    await copyCatalogueToPostgres(db, pg);
    await pg.$client.query(`ANALYZE`);
    const copyMs = performance.now() - t0;
    const search = createPgCatalogueSearch(pg);
    const postgres = await measure(async (op, after) => {
      const page = await search.search(query(op, after), idsOnly);
      if (op.facets) await page.facets();
      return page.pageInfo.endCursor;
    });
    const sqliteWrites = await writes(db, 'sqlite');
    const postgresWrites = await writes(pg, 'postgres');
    // Only once the tools subgraph can serve from PostgreSQL (its definition opens it).
    const replicas = definition.openPostgres
      ? await measureReplicas(databaseUrl, { clients: REPLICA_CLIENTS, rounds: Math.max(1, Math.round(ROUNDS / REPLICA_CLIENTS)) })
      : undefined;
    return { size, sqlite, sqliteCold, postgres, copyMs, sqliteWrites, postgresWrites, replicas };
  } finally {
    db.$client.close();
    await pg.$client.end();
  }
}

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pgDriver.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const keep = process.env.BENCH_DIR;
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'edu-catalogus-bench-stores-'));
const server = await startPostgres();
try {
  const cells = (s: Stats) => `${s.p50.toFixed(2)} | ${s.p99.toFixed(2)} | ${Math.round(s.qps)}`;
  const rates = (w: { one: number; four: number }) => `${Math.round(w.one)} | ${Math.round(w.four)}`;
  console.log(`\nSearch mix: ${MIX.length} operations x ${ROUNDS} rounds per size, sequential, one client, in-process.`);
  console.log(`Curation: ${CYCLES} create/update/submit/publish cycles per writer, kit's engine in-process.`);
  console.log(`Replicas: the mix through a gateway process, ${REPLICA_CLIENTS} concurrent clients, over one and then two tools processes.\n`);
  console.log('| tools | store | search p50 ms | p99 ms | QPS | curation writes/s, 1 writer | 4 writers | 1 vs 2 replicas |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---|');
  const copies: string[] = [];
  // Each size's rows are printed as soon as it is measured: a run stopped at 100k keeps its 10k figures.
  for (const size of SIZES) {
    console.error(`building and measuring ${size} tools on SQLite and PostgreSQL ...`);
    const r = await benchSize(size, dir, server.url);
    copies.push(`${size}: ${(r.copyMs / 1000).toFixed(1)} s`);
    const n = r.size.toLocaleString('en');
    console.log(`| ${n} | SQLite (caches on) | ${cells(r.sqlite)} | ${rates(r.sqliteWrites)} | one process only |`);
    console.log(`| ${n} | SQLite (cold: no text cache) | ${cells(r.sqliteCold)} | (same store) | (same store) | one process only |`);
    const ratio = r.replicas ? `QPS x${(r.replicas.two.qps / r.replicas.one.qps).toFixed(2)}` : NOT_YET;
    console.log(`| ${n} | PostgreSQL | ${cells(r.postgres)} | ${rates(r.postgresWrites)} | ${ratio} |`);
    if (r.replicas) {
      console.log(`| ${n} | PostgreSQL via gateway, 1 tools replica | ${cells(r.replicas.one)} | | | |`);
      console.log(`| ${n} | PostgreSQL via gateway, 2 tools replicas | ${cells(r.replicas.two)} | | | |`);
    }
  }
  console.log(`\nCopy SQLite -> PostgreSQL (rows, history, search documents): ${copies.join(', ')}`);
} finally {
  await server.stop();
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

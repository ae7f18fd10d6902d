/**
 * `npm run bench:exports`: time and peak memory to produce the JSON dump and the tools CSV through
 * `npm start`'s path (web → gateway → subgraphs, in this process), on synthetic catalogues of 1k,
 * 10k and 100k tools. The body is consumed as a client would and counted, never kept. CPU seconds
 * (this process: web, gateway and subgraphs) next to wall time, since the machine may be shared.
 * Run with NODE_OPTIONS=--expose-gc (the npm script does) to also sample the heap after a GC.
 * BENCH_SIZES=1000,10000 picks sizes; BENCH_DIR=<dir> keeps the built catalogues and reuses them.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '@edu-catalogus/kit/runtime';
import { startWeb } from '@edu-catalogus/web';
import { definition } from '../../services/tools/src/definition.ts';
import { writeSyntheticCatalogue } from '../../services/tools/bench/synthetic.ts';
import { startStack } from '../src/stack.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const EXPORTS = ['/export/catalogue.json', '/export/tools.csv'];

/** Downloads `url`, counting bytes, while sampling this process's memory every 20 ms. */
async function download(url: string) {
  global.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  let peakRetained = base.heapUsed;
  let ticks = 0;
  const timer = setInterval(() => {
    // Every 100th sample (2 s), with --expose-gc: collect first, so this is what is really retained.
    if (global.gc && ++ticks % 100 === 0) {
      global.gc();
      peakRetained = Math.max(peakRetained, process.memoryUsage().heapUsed);
    }
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  let bytes = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  const retained = global.gc ? ((peakRetained - base.heapUsed) / 2 ** 20).toFixed(0) : 'n/a';
  return {
    ms,
    cpuS: (cpu.user + cpu.system) / 1e6,
    load: loadavg()[0]!,
    bytes,
    rssMb: peakRss / 2 ** 20,
    heapGrowthMb: (peakHeap - base.heapUsed) / 2 ** 20,
    retained,
  };
}

const keep = process.env.BENCH_DIR;
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'bench-exports-'));
const rows: string[] = [];
try {
  for (const size of SIZES) {
    const file = path.join(dir, `tools-${size}.db`);
    if (!existsSync(file)) {
      const db = definition.open(file);
      writeSyntheticCatalogue(db, size, 20_251_128);
      db.$client.close();
    }
    const stack = await startStack({ databases: { tools: file }, env: { RESPONSE_CACHE: 'false', RATE_LIMIT: '1000000000', RATE_LIMIT_PORTAL: '1000000000' } });
    const web = await startWeb({ port: 0, gatewayUrl: stack.gatewayUrl, logger: silentLogger });
    try {
      for (const p of EXPORTS) {
        const r = await download(`${web.url}${p}`);
        const line = `| ${size.toLocaleString('en')} | ${p} | ${(r.ms / 1000).toFixed(1)} | ${r.cpuS.toFixed(1)} | ${r.load.toFixed(0)} | ${(r.bytes / 2 ** 20).toFixed(1)} | ${r.rssMb.toFixed(0)} | ${r.heapGrowthMb.toFixed(0)} | ${r.retained} |`;
        rows.push(line);
        console.error(line);
      }
    } finally {
      await web.close();
      await stack.stop();
    }
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
console.log(
  '| tools | export | seconds | CPU seconds (whole stack) | load average | MB written | peak RSS MB (whole stack) | peak heap growth MB | peak retained heap growth MB (after GC) |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|\n' +
    rows.join('\n'),
);

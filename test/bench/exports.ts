/**
 * `npm run bench:exports`: time, CPU and peak memory to produce the JSON dump and the tools CSV through
 * `npm start`'s path, web → gateway → subgraphs, each in its own Node process (processes.ts), on
 * synthetic catalogues of 1k, 10k and 100k tools. This process only downloads, counting bytes and
 * CSV lines, never keeping the body. Per process: CPU seconds and peak RSS during each export
 * (proc-usage.ts), and how far it rose above the RSS at the start of the export (the growth: what the
 * export itself held; flat across sizes when it streams), next to wall time and the load average.
 * BENCH_SIZES=1000,10000 picks sizes; BENCH_DIR=<dir> keeps the built catalogues and reuses them.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { definition } from '../../services/tools/src/definition.ts';
import { writeSyntheticCatalogue } from '../../services/tools/bench/synthetic.ts';
import { startProcessStack, type ProcessStack } from './processes.ts';
import { measureProcess } from './proc-usage.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const EXPORTS = ['/export/catalogue.json', '/export/tools.csv'];
const UNLIMITED = '1000000000';
/** The columns of the per-process figures, in this order; other subgraphs are summed as `others`. */
const SHOWN = ['web', 'gateway', 'tools'];

interface Usage {
  cpuS: number;
  peakRssMb: number;
  growthMb: number;
}

/** Downloads `url` as a client would, counting bytes and lines (CSV rows + header), while measuring every process. */
async function download(url: string, stack: ProcessStack) {
  const measures = stack.processes().map((p) => ({ name: p.name, measure: measureProcess(p.pid) }));
  const t0 = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength;
    for (const byte of read.value) if (byte === 10) lines++;
  }
  const seconds = (performance.now() - t0) / 1000;
  const usage = new Map<string, Usage>();
  for (const { name, measure } of measures) {
    const key = SHOWN.includes(name) ? name : 'others';
    const u = measure.end();
    const sum = usage.get(key) ?? { cpuS: 0, peakRssMb: 0, growthMb: 0 };
    usage.set(key, { cpuS: sum.cpuS + u.cpuS, peakRssMb: sum.peakRssMb + u.peakRssMb, growthMb: sum.growthMb + Math.max(0, u.peakRssMb - u.startRssMb) });
  }
  return { seconds, bytes, lines, load: loadavg()[0]!, usage };
}

/** Waits until the gateway's /readyz says every subgraph is ready (a large catalogue's search index builds after listening). */
async function ready(gatewayUrl: string) {
  const url = new URL('/readyz', gatewayUrl);
  for (let i = 0; ; i++) {
    const response = await fetch(url).catch(() => null);
    const body = await response?.text();
    if (response?.ok) return;
    if (i === 600) throw new Error(`the gateway is not ready after 10 minutes: ${body}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const keep = process.env.BENCH_DIR;
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'bench-exports-'));
const rows: string[] = [];
const columns = [...SHOWN, 'others'];
try {
  for (const size of SIZES) {
    const file = path.join(dir, `tools-${size}.db`);
    if (!existsSync(file)) {
      const db = definition.open(file);
      await writeSyntheticCatalogue(db, size, 20_251_128);
      db.$client.close();
    }
    const stack = await startProcessStack({ databases: { tools: file } });
    try {
      // The gateway's 10 s operation deadline is for the public; on a shared, loaded machine a page may take longer.
      const gatewayUrl = await stack.gateway({ RESPONSE_CACHE: 'false', RATE_LIMIT: UNLIMITED, RATE_LIMIT_PORTAL: UNLIMITED, OPERATION_TIMEOUT_MS: '120000' });
      const webUrl = await stack.web(gatewayUrl, { WEB_RATE_LIMIT: UNLIMITED });
      await ready(gatewayUrl);
      // A first, small export compiles the path in every process (tsx), so the measured ones are warm.
      await download(`${webUrl}/export/organisations.csv`, stack);
      for (const p of EXPORTS) {
        const r = await download(`${webUrl}${p}`, stack);
        const perProcess = (pick: (u: Usage) => string) => columns.map((c) => (r.usage.has(c) ? pick(r.usage.get(c)!) : '–')).join(' / ');
        const rowsPerSecond = (p.endsWith('.csv') ? r.lines - 1 : size) / r.seconds;
        const line = `| ${size.toLocaleString('en')} | ${p} | ${r.seconds.toFixed(1)} | ${Math.round(rowsPerSecond).toLocaleString('en')} | ${(r.bytes / 2 ** 20).toFixed(1)} | ${perProcess((u) => u.cpuS.toFixed(1))} | ${perProcess((u) => u.peakRssMb.toFixed(0))} | ${perProcess((u) => u.growthMb.toFixed(0))} | ${r.load.toFixed(1)} |`;
        rows.push(line);
        console.error(line);
      }
    } finally {
      await stack.stop();
    }
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
console.log(
  `| tools | export | wall s | rows/s (CSV rows; JSON: tools) | MB written | CPU s (${columns.join(' / ')}) | peak RSS MB (${columns.join(' / ')}) | RSS growth during the export MB | load average (1 min, at the end) |\n|---:|---|---:|---:|---:|---|---|---|---:|\n` +
    rows.join('\n'),
);

/**
 * `npx tsx bench/worst-search.ts` (in services/tools): the most expensive allowed tool searches and
 * product matches, in-process with the text cache off, on the synthetic catalogues of bench:search
 * (BENCH_SIZES, default 10000; BENCH_DIR reuses built ones). What one request holds the tools
 * subgraph's thread for, at catalogue sizes the seeded stack of bench:abuse does not have. Then a
 * burst of these searches sent at once, as the resolvers send them, in-thread and through the search
 * thread (store/search-thread.ts), with the main thread's event-loop delay (monitorEventLoopDelay).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { matchProduct } from '../src/store/search/product-match.ts';
import { createProductStore } from '../src/store/product-store.ts';
import { createSearchRequests } from '../src/store/search-requests.ts';
import { createSearchThread } from '../src/store/search-thread.ts';
import { createToolSearch } from '../src/store/tool-store.ts';
import { definition } from '../src/definition.ts';
import { writeSyntheticCatalogue } from './synthetic.ts';

const { open: openToolsDatabase } = definition;

const SIZES = (process.env.BENCH_SIZES ?? '10000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const rotate = (words: string[], i: number) => words.map((_, k) => words[(((k + i) % words.length) + words.length) % words.length]!).join(' ');
const MISSPELT = 'libreofice moodel nextclod wordpres inkscap audacty scratsh geogebre thunderbrd firefx blendr kdenlve kritta gimpp zotro jitsy'.split(' ');
const BROAD = 'ver pro sch mak les lee onl dig vid app web tek bew sam wer kla'.split(' ');
const NOTHING =
  'samenwerk leerlinge ouderavon rekenless toetsing presentat klassenma woordensc digibords huiswerkp programme schoolbib leerlingv fotobewer videobell vragenlij'.split(
    ' ',
  );

const BURST = Number(process.env.BENCH_BURST ?? 30);
const bursts: string[] = [];

/** Sends BURST worst searches at once, in-thread (each in its own turn of the loop, as requests are) and through the search thread. */
async function burst(db: ReturnType<typeof openToolsDatabase>, size: number): Promise<string[]> {
  const texts = Array.from({ length: BURST }, (_, i) => rotate([MISSPELT, BROAD, NOTHING][i % 3]!, i + 100));
  const inThread = createSearchRequests(db, { textCache: 0, continuations: 0 });
  const thread = createSearchThread(db);
  // Until its worker has loaded, the thread answers in-thread: wait for it.
  await thread.ready;
  await thread.tools({ query: { search: 'warm' }, facets: false });
  const rows: string[] = [];
  for (const [where, search] of [
    ['search thread', (text: string) => thread.tools({ query: { search: text, first: 100 }, facets: true })],
    [
      'main thread',
      (text: string) => new Promise((resolve) => setImmediate(() => resolve(inThread.tools({ query: { search: text, first: 100 }, facets: true })))),
    ],
  ] as const) {
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    // The monitor counts from its first tick: let it tick before the burst, or a stall right away goes unseen.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const started = performance.now();
    await Promise.all(texts.map(search));
    const took = performance.now() - started;
    // One more turn of the loop, so the monitor's timer records the stall the burst just caused.
    await new Promise((resolve) => setTimeout(resolve, 20));
    delay.disable();
    rows.push(
      `| ${size.toLocaleString('en')} | ${where} | ${took.toFixed(0)} | ${(delay.percentile(99) / 1e6).toFixed(1)} | ${(delay.max / 1e6).toFixed(1)} |`,
    );
  }
  await thread.close();
  return rows;
}

const dir = process.env.BENCH_DIR ?? mkdtempSync(path.join(tmpdir(), 'edu-catalogus-worst-'));
mkdirSync(dir, { recursive: true });
console.log(`${ROUNDS} rounds, text cache off, Node ${process.version}; ms per request\n`);
console.log('| tools | operation | p50 | max |');
console.log('|---:|---|---:|---:|');
for (const size of SIZES) {
  const file = path.join(dir, `tools-${size}.db`);
  const built = existsSync(file);
  const db = openToolsDatabase(file);
  if (!built) await writeSyntheticCatalogue(db, size, 20_251_128);
  const search = createToolSearch(db, { textCache: 0, continuations: 0 });
  const names = await createProductStore(db).allNames();
  const operations: [string, (i: number) => unknown][] = [
    ['16 misspelt words, facets', (i) => search.search({ search: rotate(MISSPELT, i), first: 100 }).facets()],
    ['16 broad prefixes, facets', (i) => search.search({ search: rotate(BROAD, i), first: 100 }).facets()],
    ['16 words naming nothing, facets', (i) => search.search({ search: rotate(NOTHING, i), first: 100 }).facets()],
    ['product match, 16 words naming nothing', (i) => matchProduct(rotate(NOTHING, i), names)],
  ];
  for (const [name, run] of operations) {
    run(-1);
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      run(i);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${size.toLocaleString('en')} | ${name} | ${times[Math.floor(times.length / 2)]!.toFixed(1)} | ${times.at(-1)!.toFixed(1)} |`);
  }
  bursts.push(...(await burst(db, size)));
  db.$client.close();
}
console.log(
  `\nA burst of ${BURST} worst searches (the three kinds above in turn, facets, first: 100) sent at once; the main thread's event-loop delay meanwhile, ms\n`,
);
console.log('| tools | where the searches run | burst ms | loop delay p99 | loop delay max |');
console.log('|---:|---|---:|---:|---:|');
for (const row of bursts) console.log(row);
if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });

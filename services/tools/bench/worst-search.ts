/**
 * `npx tsx bench/worst-search.ts` (in services/tools): the most expensive allowed tool searches and
 * product matches, in-process with the text cache off, on the synthetic catalogues of bench:search
 * (BENCH_SIZES, default 10000; BENCH_DIR reuses built ones). What one request holds the tools
 * subgraph's thread for, at catalogue sizes the seeded stack of bench:abuse does not have.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { matchProduct } from '../src/db/product-match.ts';
import { createProductStore } from '../src/db/product-store.ts';
import { createToolSearch } from '../src/search/tool-search.ts';
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

const dir = process.env.BENCH_DIR ?? mkdtempSync(path.join(tmpdir(), 'edu-catalogus-worst-'));
mkdirSync(dir, { recursive: true });
console.log(`${ROUNDS} rounds, text cache off, Node ${process.version}; ms per request\n`);
console.log('| tools | operation | p50 | max |');
console.log('|---:|---|---:|---:|');
for (const size of SIZES) {
  const file = path.join(dir, `tools-${size}.db`);
  const built = existsSync(file);
  const db = openToolsDatabase(file);
  if (!built) writeSyntheticCatalogue(db, size, 20_251_128);
  const search = createToolSearch(db, { textCache: 0, continuations: 0 });
  const names = createProductStore(db).allNames();
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
  db.$client.close();
}
if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });

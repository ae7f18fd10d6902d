/**
 * Hostile text must cost bounded work: product matching and typo correction are measured by the
 * edit-distance calls and SQL statements they make (never by the clock), and over-long text is refused.
 */
import { FREE_TEXT_LIMITS, normalizeText } from '@edu-catalogus/kit/runtime';
import { createTextIndex, editDistanceWithin, MAX_CORRECTED_TERMS, type BoundedDistance } from '@edu-catalogus/kit/search';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchProduct, type ProductName } from '../src/store/search/product-match.ts';
import { createProductStore } from '../src/store/product-store.ts';
import { SEARCH_TABLE } from '../src/store/search/tables.ts';
import { createTextHits } from '../src/store/search/text-hits.ts';
import { seedToolsDb } from '../src/curation/seed.ts';
import type { ToolsDb } from '../src/store/tables.ts';
import { definition } from '../src/definition.ts';

const { createServer, open: openToolsDatabase } = definition;

const catalogue = loadCatalogue(undefined, normalizeText);
let db: ToolsDb;
let server: ReturnType<typeof createServer>;
let names: ProductName[];
const statements: string[] = [];

beforeAll(async () => {
  db = openToolsDatabase(':memory:', (sql) => statements.push(sql));
  await seedToolsDb(db, catalogue);
  server = createServer({ db });
  names = await createProductStore(db).allNames();
  // Seeding takes seconds on a busy machine; the default 10 s hook timeout is too tight for it there.
}, 60_000);

/** An edit distance that counts its calls. */
function counting(): { distance: BoundedDistance; calls: () => number } {
  let calls = 0;
  return { distance: (max, a, b) => (calls++, editDistanceWithin(max, a, b)), calls: () => calls };
}

const SENTENCE = 'de school zoekt een goed programma om samen te werken met leerlingen en ouders op afstand'.split(' ');
/** `n` words of a teacher's question, none of them a product name. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `${SENTENCE[i % SENTENCE.length]}${i >= SENTENCE.length ? i : ''}`).join(' ');

describe('product matching', () => {
  it('resolves a misspelt name through the bounded edit distance', () => {
    const counter = counting();
    expect(matchProduct('alternatief voor Gogle Classrom', names, counter)).toEqual({ productId: 'google-classroom' });
    expect(counter.calls()).toBeGreaterThan(0);
  });

  it('makes a number of edit-distance calls linear in the words, not cubic', () => {
    const callsFor = (n: number) => {
      const counter = counting();
      matchProduct(words(n), names, counter);
      return counter.calls();
    };
    const [ten, forty, eighty] = [callsFor(10), callsFor(40), callsFor(80)];
    expect(ten).toBeGreaterThan(0);
    // Each word starts at most a handful of phrases, each compared with names of a compatible length only.
    expect(eighty).toBeLessThanOrEqual(2.2 * forty);
    expect(eighty).toBeLessThan(80 * 6 * names.length);
    // The old matching compared all 3,240 phrases of 80 words with every name.
    expect(eighty).toBeLessThan(((80 * 81) / 2) * names.length * 0.05);
  });
});

describe('free-text limits', () => {
  const ALTERNATIVES = `query($to: String!) { alternatives(to: $to) { product { id } suggestions { id } } }`;
  const TOOLS = `query($search: String) { tools(search: $search) { totalCount } }`;
  const PRODUCTS = `query($search: String) { products(search: $search) { totalCount } }`;

  it('refuses alternatives(to:) over the word or character limit with BAD_USER_INPUT naming to', async () => {
    for (const to of [words(FREE_TEXT_LIMITS.maxWords + 1), words(80), 'teams '.repeat(40), 'x'.repeat(FREE_TEXT_LIMITS.maxChars + 1)]) {
      const { errors } = await execute(server, ALTERNATIVES, { to });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(errors?.[0]?.message).toMatch(/^to /);
    }
  });

  it('answers alternatives(to:) at the limit', async () => {
    const to = `${words(FREE_TEXT_LIMITS.maxWords - 2)} microsoft teams`;
    expect(to.length).toBeLessThanOrEqual(FREE_TEXT_LIMITS.maxChars);
    const { data, errors } = await execute(server, ALTERNATIVES, { to });
    expect(errors).toBeUndefined();
    expect(data.alternatives.product.id).toBe('microsoft-teams');
  });

  it('refuses tools(search:) and products(search:) over the limits with BAD_USER_INPUT naming search', async () => {
    for (const query of [TOOLS, PRODUCTS]) {
      for (const search of [words(FREE_TEXT_LIMITS.maxWords + 1), 'a-'.repeat(20), 'x'.repeat(FREE_TEXT_LIMITS.maxChars + 1)]) {
        const { errors } = await execute(server, query, { search });
        expect(errors?.[0]?.extensions, `${query} ${search}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
      }
      expect((await execute(server, query, { search: words(FREE_TEXT_LIMITS.maxWords) })).errors).toBeUndefined();
    }
  });

  it('refuses a filter naming more than 100 values', async () => {
    const standard = Array.from({ length: 101 }, (_, i) => `standard-${i}`);
    const { errors } = await execute(server, `query($f: ToolFilter) { tools(filter: $f) { totalCount } }`, { f: { standard } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.standard' });
    const alternatives = await execute(server, `query($f: ToolFilter) { alternatives(to: "teams", filter: $f) { product { id } } }`, { f: { standard } });
    expect(alternatives.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.standard' });
  });
});

describe('typo correction', () => {
  /** Misspelt words that match nothing but are each close to indexed words. */
  const misspelt = [
    'libreofice',
    'moodel',
    'nextclod',
    'jitsi-meat',
    'wordpres',
    'inkscap',
    'audacty',
    'scratsh',
    'geogebre',
    'thunderbrd',
    'firefx',
    'blendr',
    'kdenlve',
    'krita-paint',
    'gimpp',
    'zotro',
  ];

  it('corrects at most a few words of a search, with a bounded number of distance calls and statements', () => {
    const counter = counting();
    const index = createTextIndex(db, SEARCH_TABLE, counter);
    const before = statements.length;
    const resolved = index.resolve(misspelt.slice(0, FREE_TEXT_LIMITS.maxWords).join(' '))!;
    const made = statements.length - before;
    expect(resolved.mode).not.toBe('all');
    expect(counter.calls()).toBeGreaterThan(0);
    // At most MAX_CORRECTED_TERMS words get a trigram query and 40 candidates each.
    expect(counter.calls()).toBeLessThanOrEqual(MAX_CORRECTED_TERMS * 40);
    // One probe per word, a trigram query and at most three liveness checks per corrected word, and the final probes.
    expect(made).toBeLessThanOrEqual(2 + resolved.terms.length + MAX_CORRECTED_TERMS * 4 + 2);
  });

  it('evaluates the every-word AND once when each word matches but not all together', () => {
    const index = createTextIndex(db, SEARCH_TABLE);
    const before = statements.length;
    const resolved = index.resolve('gimp jitsi')!;
    expect(resolved.mode).toBe('any');
    // The AND, then one probe per word; nothing was corrected, so no second AND.
    expect(statements.length - before).toBe(1 + 2);
  });

  it('still corrects a single misspelt word', () => {
    const resolved = createTextIndex(db, SEARCH_TABLE).resolve('libreofice')!;
    expect(resolved.mode).toBe('corrected');
    expect(resolved.expression).toContain('"libreoffic"');
  });
});

describe('ranking a search relaxed to any word', () => {
  const OR = '("video"*) OR ("chat"*) OR ("leer"*) OR ("school"*)';
  const countsOf = (anyWord: boolean) => {
    const hits = createTextHits(db, { rankCap: 5 });
    const total = hits.hits(OR).size();
    statements.length = 0;
    hits.ranked(OR, total, anyWord);
    return { total, counts: statements.filter((s) => /count\(\*\)/i.test(s)).length, statements: statements.length };
  };

  it('past the cap ranks the name hits without counting a wider scope first', () => {
    const every = countsOf(false);
    expect(every.total).toBeGreaterThan(5);
    expect(every.counts).toBe(1);
    const any = countsOf(true);
    expect(any.counts).toBe(0);
    expect(any.statements).toBe(every.statements - 1);
  });
});

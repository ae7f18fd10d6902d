/**
 * The tools stores' writes through the subgraph's Apollo server, the same tests on SQLite and on
 * PostgreSQL: publishing, changing and archiving tools, products, categories and alternatives, each seen
 * by the next read, the search and its facet counts. On PostgreSQL, a second handle on the same database
 * (another replica) sees a publish on its next read, search and facet counts included.
 */
import type { Identity } from '@edu-catalogus/kit/runtime';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute, type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedToolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import type { ToolsStoreDb } from '../src/store/dialect.ts';
import { openToolsPostgres, type ToolsPgDb } from '../src/store/pg-open.ts';

type Server = ReturnType<typeof definition.createServer>;

const full = loadCatalogue(undefined, normalizeText);
const kept = new Set(['anki', 'audacity', 'nextcloud']);
// A small catalogue: three tools, the products they replace, every category.
const catalogue = {
  ...full,
  tools: full.tools.filter((t) => kept.has(t.id)),
  products: full.products.filter((p) => full.tools.some((t) => kept.has(t.id) && t.replaces.some((r) => r.product === p.id))),
};
const alice: Identity = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob: Identity = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };

let pg: StartedPostgres;
const pgHandles: ToolsPgDb[] = [];
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
afterAll(async () => {
  for (const handle of pgHandles) await handle.$client.end();
  await pg?.stop();
});
const openPg = async (schema: string) => {
  const db = await openToolsPostgres(pg.url, schema);
  pgHandles.push(db);
  return db;
};

const stores = [
  ['SQLite', async () => definition.open(':memory:')],
  ['PostgreSQL', () => openPg('tools_writes')],
] as const;

const kalzium = (name: string) => ({
  name,
  summary: { nl: 'Periodiek systeem der elementen om scheikunde mee te leren.' },
  homepage: 'https://apps.kde.org/kalzium/',
  license: { expression: 'GPL-2.0-or-later' },
  categories: ['mathematics'],
  sectors: ['VO'],
  platforms: ['LINUX'],
  developmentStatus: 'STABLE',
  sources: [{ url: 'https://invent.kde.org/education/kalzium' }],
  certainty: 'PROBABLE',
});

/** Runs one mutation field as `who`, with `$input` of type `input.type` when given; fails on errors. */
async function mutate(server: Server, who: Identity, field: string, input?: { type: string; value: Record<string, unknown> }) {
  const query = input ? `mutation($input: ${input.type}!) { ${field} }` : `mutation { ${field} }`;
  const { data, errors } = await execute(server, query, input ? { input: input.value } : {}, who);
  expect(errors).toBeUndefined();
  return data;
}

/** Creates, submits (alice) and publishes (bob) an entry of `type` from `input`. */
async function publish(server: Server, type: 'Tool' | 'Product' | 'Category' | 'Alternative', id: string, input: Record<string, unknown>) {
  await mutate(server, alice, `create${type}(input: $input) { id }`, { type: `${type}Input`, value: input });
  await mutate(server, alice, `submit${type}(id: "${id}") { id }`);
  await mutate(server, bob, `publish${type}(id: "${id}") { entryStatus }`);
}

const SEARCH = `query($search: String, $filter: ToolFilter) { tools(search: $search, filter: $filter, first: 50) {
  totalCount edges { node { id name } } facets { dimension values { value count } } } }`;
async function searchTools(server: Server, search: string | null, filter?: unknown) {
  const { data, errors } = await execute(server, SEARCH, { search, filter });
  expect(errors).toBeUndefined();
  const ids: string[] = data.tools.edges.map((e: { node: { id: string } }) => e.node.id);
  const count = (dimension: string, value: string) =>
    data.tools.facets.find((f: { dimension: string }) => f.dimension === dimension)?.values.find((v: { value: string }) => v.value === value)?.count ?? 0;
  return { ids, totalCount: data.tools.totalCount as number, count };
}

describe.each(stores)('writes on %s', (_store, open) => {
  let db: ToolsStoreDb;
  let server: Server;
  beforeAll(async () => {
    db = await open();
    await seedToolsDb(db, catalogue);
    server = definition.createServer({ db: db as never });
  }, 300_000);

  it('publishes a tool: served, found by its words, counted in the facets; archived: gone from all three', async () => {
    const before = await searchTools(server, null);
    await publish(server, 'Tool', 'kalzium', kalzium('Kalzium'));
    const tool = await execute(server, `{ tool(id: "kalzium") { id name sectors platforms categories { id } version } }`);
    expect(tool.data.tool).toEqual({ id: 'kalzium', name: 'Kalzium', sectors: ['VO'], platforms: ['LINUX'], categories: [{ id: 'mathematics' }], version: 1 });
    const after = await searchTools(server, null);
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.count('SECTOR', 'VO')).toBe(before.count('SECTOR', 'VO') + 1);
    expect((await searchTools(server, 'scheikunde elementen')).ids[0]).toBe('kalzium');

    await mutate(server, alice, `archiveTool(id: "kalzium") { entryStatus }`);
    await mutate(server, bob, `archiveTool(id: "kalzium") { entryStatus }`);
    expect((await execute(server, `{ tool(id: "kalzium") { id } }`)).data.tool).toBeNull();
    expect((await searchTools(server, 'scheikunde elementen')).ids).not.toContain('kalzium');
    const archived = await searchTools(server, null);
    expect(archived.totalCount).toBe(before.totalCount);
    expect(archived.count('SECTOR', 'VO')).toBe(before.count('SECTOR', 'VO'));
  });

  it('publishes a product and an alternative: alternatives(to:) answers it, the tool is found by the product name', async () => {
    const product = {
      id: 'chemsketch',
      name: 'ChemSketch',
      vendor: 'ACD/Labs',
      vendorCountry: 'CA',
      aliases: ['ACD ChemSketch'],
      category: 'mathematics',
      homepage: 'https://www.acdlabs.com/',
      summary: { nl: 'Tekenprogramma voor moleculen.' },
      sources: [{ url: 'https://www.acdlabs.com/' }],
      certainty: 'CONFIRMED',
      verifiedAt: '2026-11-30',
    };
    await publish(server, 'Product', 'chemsketch', product);
    await publish(server, 'Tool', 'kalzium-2', { ...kalzium('Kalzium Twee'), id: 'kalzium-2' });
    await publish(server, 'Alternative', 'kalzium-2--chemsketch', { tool: 'kalzium-2', product: 'chemsketch', fit: 'PARTIAL' });
    const found = await execute(server, `{ alternatives(to: "acd chemsketch") { product { id aliases } alternatives { fit tool { id } } } }`);
    expect(found.data.alternatives).toEqual({
      product: { id: 'chemsketch', aliases: ['ACD ChemSketch'] },
      alternatives: [{ fit: 'PARTIAL', tool: { id: 'kalzium-2' } }],
    });
    expect((await execute(server, `{ alternatives(to: "Chemsketsh") { product { id } } }`)).data.alternatives.product).toEqual({ id: 'chemsketch' });
    expect((await searchTools(server, 'chemsketch')).ids[0]).toBe('kalzium-2');
    expect((await searchTools(server, null, { replaces: ['chemsketch'] })).ids).toEqual(['kalzium-2']);
    const products = await execute(server, `{ products(search: "chemsk") { totalCount edges { node { id } } } }`);
    expect(products.data.products).toEqual({ totalCount: 1, edges: [{ node: { id: 'chemsketch' } }] });

    // Archiving the alternative takes the product's name out of the tool's search document.
    await mutate(server, alice, `archiveAlternative(id: "kalzium-2--chemsketch") { entryStatus }`);
    await mutate(server, bob, `archiveAlternative(id: "kalzium-2--chemsketch") { entryStatus }`);
    expect((await searchTools(server, 'chemsketch')).ids).not.toContain('kalzium-2');
    expect((await execute(server, `{ tool(id: "kalzium-2") { replaces { product { id } } } }`)).data.tool.replaces).toEqual([]);
  });

  it('publishes a category change: the categories list and the search of its tools show the new name', async () => {
    const category = full.categories.find((c) => c.id === 'mathematics')!;
    const { data: entry } = await execute(server, `{ categoryEntry(id: "mathematics") { version } }`, {}, alice);
    await mutate(server, alice, `updateCategory(id: "mathematics", expectedVersion: ${entry.categoryEntry.version}, input: $input) { id }`, {
      type: 'CategoryInput',
      value: {
        name: { nl: 'Rekenkunde en stoichiometrie', en: 'Arithmetic' },
        sources: category.sources,
        certainty: category.certainty,
        verifiedAt: '2026-11-30',
      },
    });
    await mutate(server, alice, `submitCategory(id: "mathematics") { id }`);
    await mutate(server, bob, `publishCategory(id: "mathematics") { entryStatus }`);
    const { data } = await execute(server, `{ categories { id name { nl } } }`);
    expect(data.categories).toContainEqual({ id: 'mathematics', name: { nl: 'Rekenkunde en stoichiometrie' } });
    expect((await searchTools(server, 'stoichiometrie')).ids[0]).toBe('kalzium-2');
  });
});

describe('two replicas on one PostgreSQL', () => {
  let one: Server;
  let two: Server;
  beforeAll(async () => {
    const first = await openPg('tools_replicas');
    await seedToolsDb(first, catalogue);
    one = definition.createServer({ db: first as never });
    two = definition.createServer({ db: (await openPg('tools_replicas')) as never });
  }, 300_000);

  it('a publish through one is seen by the other on its next read: the tool, its search and facet counts', async () => {
    const before = await searchTools(two, null);
    expect(before.totalCount).toBe(catalogue.tools.length);
    await publish(one, 'Tool', 'kalzium', kalzium('Kalzium'));
    expect((await execute(two, `{ tool(id: "kalzium") { id name } }`)).data.tool).toEqual({ id: 'kalzium', name: 'Kalzium' });
    expect((await searchTools(two, 'scheikunde')).ids[0]).toBe('kalzium');
    const after = await searchTools(two, null);
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.count('PLATFORM', 'LINUX')).toBe(before.count('PLATFORM', 'LINUX') + 1);
    expect(after.count('CATEGORY', 'mathematics')).toBe(before.count('CATEGORY', 'mathematics') + 1);

    await mutate(two, alice, `archiveTool(id: "kalzium") { entryStatus }`);
    await mutate(two, bob, `archiveTool(id: "kalzium") { entryStatus }`);
    expect((await searchTools(one, 'scheikunde')).ids).not.toContain('kalzium');
    expect((await searchTools(one, null)).count('PLATFORM', 'LINUX')).toBe(before.count('PLATFORM', 'LINUX'));
  });
});

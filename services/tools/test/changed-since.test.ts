/** `changedSince` on tools and products: only entries whose published content changed at or after the time. */
import { normalizeText, type Identity } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedToolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';

const { createServer, open: openToolsDatabase } = definition;

const full = loadCatalogue(undefined, normalizeText);
const catalogue = {
  ...full,
  tools: full.tools.filter((t) => t.id === 'anki' || t.id === 'audacity').map((t) => ({ ...t, replaces: [] })),
  products: full.products.slice(0, 3),
};
let server: ReturnType<typeof createServer>;
const alice: Identity = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob: Identity = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };

beforeAll(async () => {
  const db = openToolsDatabase(':memory:');
  await seedToolsDb(db, catalogue);
  server = createServer({ db });
});

const ids = async (query: string, since: string) => {
  const result = await execute(server, query, { since });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data as Record<string, { edges: { node: { id: string } }[] }>)[0]!.edges.map((e) => e.node.id);
};
const TOOLS = `query($since: DateTime) { tools(changedSince: $since, orderBy: NAME) { edges { node { id } } } }`;
const PRODUCTS = `query($since: DateTime) { products(changedSince: $since) { edges { node { id } } } }`;

describe('changedSince', () => {
  it('lists every tool changed since long ago and none changed in the future', async () => {
    expect(await ids(TOOLS, '2000-01-01T00:00:00Z')).toEqual(['anki', 'audacity']);
    expect(await ids(TOOLS, '2999-01-01T00:00:00Z')).toEqual([]);
  });

  it('lists a product published after the time, not those published before', async () => {
    const before = await ids(PRODUCTS, '2000-01-01T00:00:00Z');
    expect(before).toHaveLength(3);
    const since = new Date().toISOString();
    const input = {
      id: 'p-new',
      name: 'P New',
      vendor: 'Vendor',
      vendorCountry: 'US',
      category: catalogue.categories[0]!.id,
      homepage: 'https://example.org',
      summary: { nl: 'Test' },
      sources: [{ url: 'https://example.org' }],
      certainty: 'CONFIRMED',
      verifiedAt: '2026-11-30',
    };
    expect((await execute(server, `mutation($input: ProductInput!) { createProduct(input: $input) { id } }`, { input }, alice)).errors).toBeUndefined();
    expect((await execute(server, `mutation { submitProduct(id: "p-new") { id } }`, {}, alice)).errors).toBeUndefined();
    expect((await execute(server, `mutation { publishProduct(id: "p-new") { id } }`, {}, bob)).errors).toBeUndefined();
    expect(await ids(PRODUCTS, since)).toEqual(['p-new']);
  });

  it('refuses a time that is not RFC 3339', async () => {
    const result = await execute(server, TOOLS, { since: 'yesterday' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changedSince' });
  });
});

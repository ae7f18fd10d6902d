/** The tools subgraph through its Apollo server on SQLite and PostgreSQL (each seeded once); then SQLite's one-query batches. */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute, type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productDraft } from '../src/curation/adapters.ts';
import { seedToolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { queryOf, tablesOf, type ToolsStoreDb } from '../src/store/dialect.ts';
import { openToolsPostgres, type ToolsPgDb } from '../src/store/pg-open.ts';

const { createServer, open: openToolsDatabase } = definition;

const catalogue = loadCatalogue(undefined, normalizeText);
const queries: string[] = [];
let pg: StartedPostgres;
let pgDb: ToolsPgDb;
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
afterAll(async () => {
  await pgDb?.$client.end();
  await pg?.stop();
});

const stores = [
  ['SQLite', () => openToolsDatabase(':memory:')],
  ['PostgreSQL', async () => (pgDb = await openToolsPostgres(pg.url))],
] as const;

/** Rows of tools, facets and alternatives: what a reseed must leave as it is. */
async function rowCount(db: ToolsStoreDb): Promise<number> {
  const { tools, toolFacets, alternatives } = tablesOf(db);
  const count = async (table: typeof tools | typeof toolFacets | typeof alternatives) =>
    (await queryOf(db).select({ n: sql<number>`cast(count(*) as integer)` }).from(table))[0]!.n;
  return (await count(tools)) + (await count(toolFacets)) + (await count(alternatives));
}

describe.each(stores)('on %s', (_store, open) => {
  let db: ToolsStoreDb;
  let server: ReturnType<typeof createServer>;
  beforeAll(async () => {
    db = await open();
    await seedToolsDb(db, catalogue);
    server = createServer({ db: db as never });
  }, 300_000);

  describe('tools subgraph', () => {
    it('serves a tool with its licence, facets and what it replaces', async () => {
      const { data, errors } = await execute(
        server,
        `{ tool(id: "nextcloud") { id name license { expression osiApproved scope } platforms sectors categories { id name { nl en } }
           replaces { fit product { id name } } standards { id } entryStatus version } }`,
      );
      expect(errors).toBeUndefined();
      const seed = catalogue.tools.find((t) => t.id === 'nextcloud')!;
      expect(data.tool).toMatchObject({
        id: 'nextcloud',
        name: seed.name,
        license: { expression: seed.license.expression, osiApproved: true, scope: 'CODE' },
        platforms: seed.platforms,
        sectors: seed.sectors,
        entryStatus: 'PUBLISHED',
        version: 1,
      });
      expect(data.tool.categories.map((c: { id: string }) => c.id)).toEqual(seed.categories);
      expect(data.tool.standards.map((s: { id: string }) => s.id)).toEqual(seed.standards);
      expect(data.tool.replaces.map((r: { product: { id: string } }) => r.product.id).sort()).toEqual(seed.replaces.map((r) => r.product).sort());
    });

    it('answers null for an unknown tool', async () => {
      const { data, errors } = await execute(server, `{ tool(id: "no-such-tool") { id } }`);
      expect(errors).toBeUndefined();
      expect(data.tool).toBeNull();
    });

    it('pages through every tool exactly once with an exact totalCount', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let totalCount = 0;
      do {
        const result: any = await execute(
          server,
          `query($after: String) { tools(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
          { after },
        );
        const page = result.data.tools;
        totalCount = page.totalCount;
        seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(totalCount).toBe(catalogue.tools.length);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.sort()).toEqual(catalogue.tools.map((t) => t.id).sort());
    });

    it('refuses first above 100 with BAD_USER_INPUT naming the argument', async () => {
      const { errors } = await execute(server, `{ tools(first: 101) { totalCount } }`);
      expect(errors?.[0]).toMatchObject({
        message: expect.stringContaining('first must be between 0 and 100'),
        extensions: { code: 'BAD_USER_INPUT', field: 'first' },
      });
    });

    it('refuses a cursor it did not issue', async () => {
      const { errors } = await execute(server, `{ tools(after: "bm9wZQ") { totalCount } }`);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('filters with AND across dimensions and OR within one', async () => {
      const { data } = await execute(server, `{ tools(first: 100, filter: { sector: [PO], platform: [ANDROID, IOS] }) { totalCount edges { node { id } } } }`);
      const expected = catalogue.tools
        .filter((t) => t.sectors.includes('PO') && (t.platforms.includes('ANDROID') || t.platforms.includes('IOS')))
        .map((t) => t.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(data.tools.totalCount).toBe(expected.length);
      expect(data.tools.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(expected);
    });

    it('finds alternatives by product name or alias in any case, FULL fit first', async () => {
      for (const to of ['teams', 'MS Teams', 'Microsoft Teams']) {
        const { data } = await execute(
          server,
          `query($to: String!) { alternatives(to: $to, first: 100) { product { id } alternatives { fit tool { id } } } }`,
          {
            to,
          },
        );
        expect(data.alternatives.product.id).toBe('microsoft-teams');
        const expected = catalogue.tools.filter((t) => t.replaces.some((r) => r.product === 'microsoft-teams')).map((t) => t.id);
        expect(data.alternatives.alternatives.map((a: { tool: { id: string } }) => a.tool.id).sort()).toEqual(expected.sort());
        const fits = data.alternatives.alternatives.map((a: { fit: string }) => a.fit);
        expect(fits).toEqual([...fits].sort());
      }
    });

    it('answers product: null, not an error, when no product matches', async () => {
      const { data, errors } = await execute(server, `{ alternatives(to: "no such product") { product { id } alternatives { fit } } }`);
      expect(errors).toBeUndefined();
      expect(data.alternatives).toEqual({ product: null, alternatives: [] });
    });

    it('resolves every entity type of its @keys through _entities', async () => {
      const { data, errors } = await execute(
        server,
        `query($reps: [_Any!]!) { _entities(representations: $reps) {
           ... on Tool { id name } ... on Product { id name } ... on Category { id }
           ... on Standard { id implementedBy { id } } ... on Facility { id compatibleTools { id } } ... on Organisation { id curatedTools { id } } } }`,
        {
          reps: [
            { __typename: 'Tool', id: 'moodle' },
            { __typename: 'Product', id: 'zoom' },
            { __typename: 'Category', id: 'video-conferencing' },
            { __typename: 'Standard', id: 'lti-1-3' },
            { __typename: 'Facility', id: 'entree-federatie' },
            { __typename: 'Organisation', id: 'kennisnet' },
          ],
        },
      );
      expect(errors).toBeUndefined();
      expect(data._entities[0]).toEqual({ id: 'moodle', name: catalogue.tools.find((t) => t.id === 'moodle')!.name });
      expect(data._entities[1].id).toBe('zoom');
      expect(data._entities[2].id).toBe('video-conferencing');
      const implementers = catalogue.tools.filter((t) => t.standards.includes('lti-1-3')).map((t) => t.id);
      expect(data._entities[3].implementedBy.map((t: { id: string }) => t.id).sort()).toEqual(implementers.sort());
      expect(data._entities[5]).toEqual({ id: 'kennisnet', curatedTools: [] });
    });

    it('reseeding is idempotent', async () => {
      const before = await rowCount(db);
      await seedToolsDb(db, catalogue);
      expect(await rowCount(db)).toEqual(before);
    });
  });

  describe('provenance and product ends in the tools subgraph', () => {
    it('serves when a product was ended, the source that says so, and when it was checked', async () => {
      const { data, errors } = await execute(
        server,
        `{ product(id: "microsoft-publisher") { discontinued discontinuedOn discontinuedSource { url } discontinuedNote { nl en } verifiedAt }
           zoom: product(id: "zoom") { discontinued discontinuedOn discontinuedSource { url } verifiedAt } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.product).toMatchObject({
        discontinued: true,
        discontinuedOn: '2026-10',
        discontinuedSource: { url: expect.stringMatching(/^https:/) },
        verifiedAt: '2026-11-30',
      });
      expect(data.product.discontinuedNote.nl).toMatch(/oktober 2026/);
      expect(data.zoom).toMatchObject({
        discontinued: false,
        discontinuedOn: null,
        discontinuedSource: null,
        verifiedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    });

    it('serves an uncertainty note in English as `note` and in both languages as `text`', async () => {
      const { data, errors } = await execute(server, `{ product(id: "zoom") { uncertainties { field note text { nl en } } } }`);
      expect(errors).toBeUndefined();
      const [u] = data.product.uncertainties;
      expect(u.field).toBe('vendor');
      expect(u.note).toBe(u.text.en);
      expect(u.text.nl).toMatch(/leverancier/);
    });

    it('takes a product end from curators as flat fields and checks its date', () => {
      const base = { name: 'X', vendor: 'Y' };
      expect(productDraft.parse({ ...base, discontinued: true, discontinuedOn: '2026-10', discontinuedSource: { url: 'https://example.org' } })).toMatchObject({
        discontinued: true,
        discontinuedOn: '2026-10',
      });
      expect(productDraft.safeParse({ ...base, discontinuedOn: 'October 2026' }).error?.issues[0]?.path).toEqual(['discontinuedOn']);
    });

    it('serves who maintains a tool as the seeds name it, and null where no source names one', async () => {
      const { data, errors } = await execute(server, '{ moodle: tool(id: "moodle") { maintainer } kanboard: tool(id: "kanboard") { maintainer } }');
      expect(errors).toBeUndefined();
      expect(data.moodle.maintainer).toBe(catalogue.tools.find((t) => t.id === 'moodle')!.maintainer);
      expect(data.moodle.maintainer).toMatch(/Moodle/);
      expect(data.kanboard.maintainer).toBeNull();
    });
  });
});

describe('on SQLite, batching', () => {
  let server: ReturnType<typeof createServer>;
  beforeAll(async () => {
    const db = openToolsDatabase(':memory:', (sql) => queries.push(sql));
    await seedToolsDb(db, catalogue);
    server = createServer({ db });
  }, 60_000);

  it('resolves many representations with one SQL query per batch', async () => {
    const ids = catalogue.tools.slice(0, 30).map((t) => t.id);
    queries.length = 0;
    const { data } = await execute(server, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Tool { id sectors } } }`, {
      reps: ids.map((id) => ({ __typename: 'Tool', id })),
    });
    expect(data._entities.map((t: { id: string }) => t.id)).toEqual(ids);
    // one query for the 30 tools, one for all their sectors
    expect(queries).toHaveLength(2);
  });
});

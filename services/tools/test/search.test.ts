/**
 * Tool search through the subgraph's GraphQL on SQLite and PostgreSQL (each seeded once by the subgraph's seed): text rules,
 * orders, validation, facets, product matching, the relevance suite's school queries; then the SQLite search's text cache.
 */
import { withTransaction } from '@edu-catalogus/kit/data';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute, type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedToolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { queryOf, tablesOf, type ToolsStoreDb } from '../src/store/dialect.ts';
import { openToolsPostgres, type ToolsPgDb } from '../src/store/pg-open.ts';
import { reindexToolsIn } from '../src/store/search/reindex-store.ts';
import type { ToolsDb } from '../src/store/tables.ts';
import { createToolSearch, type ToolSearch } from '../src/store/tool-store.ts';
import { schoolQueries } from './school-queries.ts';

const { createServer } = definition;

const catalogue = loadCatalogue(undefined, normalizeText);
let pg: StartedPostgres;
let pgDb: ToolsPgDb;
let sqliteDb: ToolsDb | undefined;
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
afterAll(async () => {
  await pgDb?.$client.end();
  await pg?.stop();
});

const seeded = async <D extends ToolsStoreDb>(db: D) => {
  await seedToolsDb(db, catalogue);
  return db;
};
const openSqlite = async () => (sqliteDb ??= await seeded(definition.open(':memory:')));
const stores = [
  ['SQLite', openSqlite],
  ['PostgreSQL', async () => seeded((pgDb = await openToolsPostgres(pg.url)))],
] as const;

const TOOLS = `query($search: String, $filter: ToolFilter, $orderBy: ToolOrder, $first: Int, $after: String) {
  tools(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } facets { dimension values { value count } } } }`;

describe.each(stores)('on %s', (store, open) => {
  let db: ToolsStoreDb;
  let server: ReturnType<typeof createServer>;
  beforeAll(async () => {
    db = await open();
    server = createServer({ db: db as never });
  }, 300_000);

  async function search(variables: Record<string, unknown>) {
    const { data, errors } = await execute(server, TOOLS, { first: 20, ...variables });
    return { errors, ids: (data?.tools?.edges ?? []).map((e: { node: { id: string } }) => e.node.id) as string[], tools: data?.tools };
  }

  /** Inserts a minimal published tool and indexes it in the same transaction, as a curator's publish would. */
  async function insertTool(id: string, name: string, updatedAt: string) {
    const { tools, toolFacets } = tablesOf(db);
    await withTransaction(db, async (tx) => {
      const [nextcloud] = await queryOf(tx).select().from(tools).where(eq(tools.id, 'nextcloud'));
      await queryOf(tx)
        .insert(tools)
        .values({ ...nextcloud!, id, name, updatedAt, createdAt: updatedAt });
      await queryOf(tx).insert(toolFacets).values({ toolId: id, dimension: 'sector', value: 'PO' });
      await reindexToolsIn(tx, [id]);
    });
  }

  describe('tool search', () => {
    it('finds a sensible tool in the top 3 for at least 90% of the school queries', async () => {
      const queries = schoolQueries(catalogue);
      const missed: string[] = [];
      for (const [text, expected] of queries) {
        const found = (await search({ search: text, first: 3 })).ids;
        if (!found.some((id) => expected.includes(id))) missed.push(`"${text}": got ${found.join(', ') || 'nothing'}`);
      }
      console.info(`school queries in the top 3 on ${store}: ${queries.length - missed.length}/${queries.length}\n${missed.join('\n')}`);
      expect(1 - missed.length / queries.length, missed.join('\n')).toBeGreaterThanOrEqual(0.9);
    });

    it('ignores case and diacritics: "Enquête" finds what "enquete" finds', async () => {
      const accented = await search({ search: 'Enquête' });
      expect(accented.ids).toContain('limesurvey');
      expect((await search({ search: 'enquete' })).ids).toEqual(accented.ids);
    });

    it('matches prefixes of three letters or more, not of two', async () => {
      expect((await search({ search: 'fotobew' })).ids).toContain('gimp');
      expect((await search({ search: 'gi' })).ids).not.toContain('gimp');
    });

    it('finds Dutch and English word forms and school synonyms', async () => {
      const photo = (await search({ search: 'photo editing' })).ids;
      expect(photo[0]).toBe('gimp');
      // SQLite's bm25 puts krita 2nd or 3rd; PostgreSQL's ts_rank puts darktable and inkscape (photo in their texts) before it.
      expect(photo.slice(0, store === 'SQLite' ? 3 : 5)).toContain('krita');
      const whiteboards = catalogue.tools.filter((t) => t.categories.includes('interactive-whiteboard')).map((t) => t.id);
      expect((await search({ search: 'digibord' })).ids.slice(0, 5)).toEqual(expect.arrayContaining(whiteboards));
    });

    it('corrects a misspelt word when the exact words find nothing', async () => {
      expect((await search({ search: 'libreofice' })).ids[0]).toBe('libreoffice');
      expect((await search({ search: 'moodel' })).ids[0]).toBe('moodle');
    });

    it('treats a search of stop words only as no search', async () => {
      expect((await search({ search: 'open source', first: 1 })).tools.totalCount).toBe(catalogue.tools.length);
    });

    it('orders by NAME and UPDATED on request, by NAME without a search', async () => {
      const byName = (await search({ search: 'video', orderBy: 'NAME', first: 100 })).ids;
      const names = byName.map((id) => normalizeText(catalogue.tools.find((t) => t.id === id)!.name));
      expect(names).toEqual([...names].sort());
      const plain = (await search({ first: 100 })).ids;
      expect(plain).toEqual((await search({ orderBy: 'NAME', first: 100 })).ids);
    });

    it('refuses a cursor of another order, a licence that is not OSI-approved and an empty filter', async () => {
      const { tools: page } = await search({ search: 'video', first: 1 });
      const wrongOrder = await search({ search: 'video', orderBy: 'NAME', after: page.pageInfo.endCursor });
      expect(wrongOrder.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const notOsi = await search({ filter: { license: ['CC-BY-NC-SA-4.0'] } });
      expect(notOsi.errors?.[0]).toMatchObject({
        message: expect.stringContaining('CC-BY-NC-SA-4.0'),
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.license' },
      });
      expect((await search({ filter: { sector: [] } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.sector' });
    });

    it('lists facets per dimension, keeping a selected value with no match at count 0', async () => {
      const { tools: page } = await search({ search: 'fotobewerking', filter: { platform: ['IOS'] } });
      expect(page.facets.map((f: { dimension: string }) => f.dimension)).toEqual([
        'CATEGORY',
        'SECTOR',
        'PLATFORM',
        'HOSTING',
        'LICENSE',
        'LICENSE_CONDITION',
        'REPLACES',
        'STANDARD',
        'FACILITY',
        'LANGUAGE',
        'DEVELOPMENT_STATUS',
      ]);
      const platforms = page.facets.find((f: { dimension: string }) => f.dimension === 'PLATFORM').values;
      const gimp = catalogue.tools.find((t) => t.id === 'gimp')!;
      expect(platforms).toEqual(expect.arrayContaining(gimp.platforms.map((value) => expect.objectContaining({ value }))));
      // Selected, so listed even if no tool matches it (the PLATFORM counts ignore the platform filter).
      expect(platforms.map((v: { value: string }) => v.value)).toContain('IOS');
      const licenses = page.facets.find((f: { dimension: string }) => f.dimension === 'LICENSE').values;
      for (const { value } of licenses) expect(value).not.toMatch(/^LicenseRef-|^CC-/);
    });

    it('keeps keyset pages stable when tools are inserted before and after the cursor', async () => {
      for (const orderBy of ['NAME', 'UPDATED'] as const) {
        const first = await search({ orderBy, first: 5 });
        const stamp = `${orderBy.toLowerCase()}-${Date.now()}`;
        // Sorts before every page seen so far, then after everything.
        await insertTool(`aaa-${stamp}`, `AAA ${stamp}`, '2999-01-01T00:00:00.000Z');
        await insertTool(`zzz-${stamp}`, `ZZZ ${stamp}`, '1999-01-01T00:00:00.000Z');
        const rest: string[] = [];
        let after: string | null = first.tools.pageInfo.endCursor;
        while (after) {
          const page = await search({ orderBy, first: 7, after });
          rest.push(...page.ids);
          after = page.tools.pageInfo.hasNextPage ? page.tools.pageInfo.endCursor : null;
        }
        expect(rest).not.toContain(`aaa-${stamp}`);
        expect(rest).toContain(`zzz-${stamp}`);
        expect(new Set([...first.ids, ...rest]).size).toBe(first.ids.length + rest.length);
      }
    });
  });

  describe('alternatives(to:)', () => {
    const ALTERNATIVES = `query($to: String!, $filter: ToolFilter) { alternatives(to: $to, filter: $filter, first: 100) { product { id } alternatives { fit tool { id } } suggestions { id } } }`;
    const ask = async (to: string, filter?: unknown) => (await execute(server, ALTERNATIVES, { to, filter })).data.alternatives;

    it('resolves names, aliases, phrases and close misspellings', async () => {
      const cases = {
        'Microsft Teams': 'microsoft-teams',
        'google classroom': 'google-classroom',
        'MS Word': 'microsoft-word',
        'alternatief voor Teams': 'microsoft-teams',
        'Gogle Classrom': 'google-classroom',
      };
      for (const [to, id] of Object.entries(cases)) expect((await ask(to)).product?.id, to).toBe(id);
    });

    it('ranks FULL before PARTIAL, then the tools matching most filter values', async () => {
      const { alternatives: found } = await ask('teams', { platform: ['WEB', 'LINUX', 'ANDROID'] });
      const fits = found.map((a: { fit: string }) => a.fit);
      expect(fits).toEqual([...fits].sort());
      const matched = (id: string) => catalogue.tools.find((t) => t.id === id)!.platforms.filter((p) => ['WEB', 'LINUX', 'ANDROID'].includes(p)).length;
      const partial = found.filter((a: { fit: string }) => a.fit === 'PARTIAL').map((a: { tool: { id: string } }) => matched(a.tool.id));
      expect(partial).toEqual([...partial].sort((a, b) => b - a));
    });

    it('answers product null with similarly named suggestions, never an error', async () => {
      const result = await execute(server, ALTERNATIVES, { to: 'Google' });
      expect(result.errors).toBeUndefined();
      expect(result.data.alternatives.product).toBeNull();
      expect(result.data.alternatives.suggestions.length).toBeGreaterThan(0);
      const named = (id: string) => catalogue.products.find((p) => p.id === id)!;
      for (const { id } of result.data.alternatives.suggestions) expect(normalizeText([named(id).name, ...named(id).aliases].join(' '))).toContain('google');
      expect((await ask('qwxzv vbnm')).suggestions).toEqual([]);
    });
  });

  describe('products(search:)', () => {
    const PRODUCTS = `query($search: String) { products(search: $search, first: 100) { totalCount edges { node { id } } } }`;
    const list = async (search?: string) => (await execute(server, PRODUCTS, { search })).data.products;
    const ids = async (search: string) => (await list(search)).edges.map((e: { node: { id: string } }) => e.node.id);

    it('matches names and aliases ignoring case, diacritics and punctuation, as tool search does', async () => {
      expect(await ids('teams')).toContain('microsoft-teams');
      expect(await ids('TÉAMS')).toEqual(await ids('teams'));
      expect(await ids('ms-word')).toContain('microsoft-word');
      expect((await list(' - ')).totalCount).toBe((await list()).totalCount);
    });
  });
});

describe('the SQLite search', () => {
  it('pages a search the same with the text cache off, each page continuing from the cursor the last one gave', async () => {
    await openSqlite();
    const pages = (searcher: ToolSearch) => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page = searcher.search({ search: 'samenwerken', first: 3, after });
        ids.push(...page.edges.map((e) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return ids;
    };
    const cached = pages(createToolSearch(sqliteDb!));
    expect(cached.length).toBeGreaterThan(6);
    expect(pages(createToolSearch(sqliteDb!, { textCache: 0 }))).toEqual(cached);
    expect(pages(createToolSearch(sqliteDb!, { textCache: 0, continuations: 0 }))).toEqual(cached);
  });
});

/**
 * Tool search on PostgreSQL, loaded with the real seeds: the relevance suite's school queries (next to
 * the SQLite search on the same catalogue), the text rules, and filters, counts, facets and pages equal to
 * the SQLite search's; a write through another connection (another replica) shows in the next search.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute, type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedToolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { copyCatalogueToPostgres } from '../src/store/pg-copy-from-sqlite.ts';
import { openToolsPostgres, type ToolsPgDb } from '../src/store/pg-open.ts';
import { reindexToolsPg } from '../src/store/search/pg-documents.ts';
import { createPgCatalogueSearch, type PgCataloguePage, type PgCatalogueSearch } from '../src/store/search/pg-search.ts';
import type { CatalogueQuery } from '../src/store/search/catalogue-search.ts';
import { schoolQueries } from './school-queries.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
let server: StartedPostgres;
let db: ToolsPgDb;
let search: PgCatalogueSearch;
let sqlite: ReturnType<typeof definition.createServer>;

beforeAll(async () => {
  server = await startPostgres();
  db = await openToolsPostgres(server.url);
  const seeded = definition.open(':memory:');
  await seedToolsDb(seeded, catalogue);
  sqlite = definition.createServer({ db: seeded });
  await copyCatalogueToPostgres(seeded, db);
  search = createPgCatalogueSearch(db);
});
afterAll(async () => {
  await db?.$client.end();
  await server?.stop();
});

const idsOnly = (ids: string[]) => new Map(ids.map((id) => [id, id]));
const pgIds = async (query: CatalogueQuery) => (await search.search(query, idsOnly)).edges.map((e) => e.node);

const TOOLS = `query($search: String, $filter: ToolFilter, $orderBy: ToolOrder, $first: Int, $after: String) {
  tools(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { id } } facets { dimension values { value count } } } }`;
async function sqliteTools(variables: Record<string, unknown>) {
  const { data, errors } = await execute(sqlite, TOOLS, { first: 20, ...variables });
  expect(errors).toBeUndefined();
  return data.tools as { totalCount: number; edges: { node: { id: string } }[]; facets: { dimension: string; values: unknown[] }[] };
}

describe('search relevance on PostgreSQL', () => {
  it('finds a sensible tool in the top 3 for at least 90% of the school queries, as SQLite does', async () => {
    const queries = schoolQueries(catalogue);
    const misses = { postgres: [] as string[], sqlite: [] as string[] };
    for (const [text, expected] of queries) {
      const found = await pgIds({ search: text, first: 3 });
      if (!found.some((id) => expected.includes(id))) misses.postgres.push(`"${text}": got ${found.join(', ') || 'nothing'}`);
      const baseline = (await sqliteTools({ search: text, first: 3 })).edges.map((e) => e.node.id);
      if (!baseline.some((id) => expected.includes(id))) misses.sqlite.push(`"${text}": got ${baseline.join(', ') || 'nothing'}`);
    }
    const rate = (missed: string[]) => `${queries.length - missed.length}/${queries.length}`;
    console.info(`school queries in the top 3: PostgreSQL ${rate(misses.postgres)}, SQLite ${rate(misses.sqlite)}`);
    console.info(`missed on PostgreSQL:\n${misses.postgres.join('\n')}\nmissed on SQLite:\n${misses.sqlite.join('\n')}`);
    expect(1 - misses.postgres.length / queries.length, misses.postgres.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('folds diacritics, matches prefixes and corrects typos', async () => {
    expect(await pgIds({ search: 'Enquête' })).toEqual(await pgIds({ search: 'enquete' }));
    expect(await pgIds({ search: 'fotobew' })).toContain('gimp');
    expect((await pgIds({ search: 'moodel', first: 3 }))[0]).toBe('moodle');
    expect(await pgIds({ search: 'libreofice', first: 3 })).toContain('libreoffice');
  });

  it('treats a search of stop words only as no search', async () => {
    expect((await search.search({ search: 'open source gratis' }, idsOnly)).totalCount).toBe(catalogue.tools.length);
  });
});

describe('filters, counts, facets and pages on PostgreSQL', () => {
  const cases: Record<string, unknown>[] = [
    {},
    { filter: { sector: ['PO'] } },
    { filter: { sector: ['PO', 'VO'], hosting: ['SELF_HOSTED'] } },
    { filter: { license: ['GPL-3.0-or-later'] } },
    { search: 'video', filter: { sector: ['MBO'] } },
    // filter.id (the site's "direct te gebruiken" and its usage order): only the named tools, with the other filters.
    { filter: { id: ['moodle', 'nextcloud', 'jitsi-meet', 'no-such-tool'] } },
    { search: 'video', filter: { id: ['jitsi-meet', 'moodle', 'bigbluebutton'], sector: ['VO'] } },
  ];

  it('counts and facets as the SQLite search does', async () => {
    for (const variables of cases) {
      const expected = await sqliteTools(variables);
      const page = await search.search(variables as CatalogueQuery, idsOnly);
      expect(page.totalCount, JSON.stringify(variables)).toBe(expected.totalCount);
      // GraphQL names the dimensions as enum values (LICENSE_CONDITION for licenseCondition).
      const facets = (await page.facets()).map((f) => ({ ...f, dimension: f.dimension.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase() }));
      expect(facets, JSON.stringify(variables)).toEqual(expected.facets);
    }
  });

  it('pages in NAME and UPDATED order as the SQLite search does, cursor after cursor', async () => {
    for (const orderBy of ['NAME', 'UPDATED'] as const) {
      const expected = (await sqliteTools({ orderBy, first: 100 })).edges.map((e) => e.node.id);
      const walked: string[] = [];
      let after: string | null = null;
      do {
        const page: PgCataloguePage<string> = await search.search({ orderBy, first: 7, after }, idsOnly);
        walked.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(walked.slice(0, expected.length), orderBy).toEqual(expected);
    }
  });

  it('pages a ranked search without repeating or losing a tool', async () => {
    const all = await pgIds({ search: 'video', first: 100 });
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: PgCataloguePage<string> = await search.search({ search: 'video', first: 4, after }, idsOnly);
      walked.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(all);
  });

  it('answers BAD_USER_INPUT for a cursor of another order', async () => {
    const { pageInfo } = await search.search({ orderBy: 'NAME', first: 1 }, idsOnly);
    await expect(search.search({ search: 'video', after: pageInfo.endCursor }, idsOnly)).rejects.toThrow(/after is not a cursor/);
  });

  it('sees a write committed through another connection in the next count, as another replica would', async () => {
    const before = await search.search({ filter: { sector: ['SO'] }, first: 100 }, idsOnly);
    expect(before.pageInfo.hasNextPage).toBe(false);
    const replica = new pg.Client({ connectionString: server.url, options: '-c search_path=tools,public' });
    await replica.connect();
    const added = ['gimp', 'moodle', 'anki'].filter((id) => !before.edges.some((e) => e.node === id));
    try {
      for (const id of added)
        await replica.query(`INSERT INTO tool_facets (tool_id, dimension, value) VALUES ($1, 'sector', 'SO') ON CONFLICT DO NOTHING`, [id]);
      const after = await search.search({ filter: { sector: ['SO'] }, first: 100 }, idsOnly);
      expect(after.edges.map((e) => e.node)).toEqual(expect.arrayContaining(added));
      expect(after.totalCount).toBe(before.totalCount + added.length);
      const sectors = (await after.facets()).find((f) => f.dimension === 'sector');
      expect(sectors?.values.find((v) => v.value === 'SO')?.count).toBe(before.totalCount + added.length);
    } finally {
      for (const id of added) await replica.query(`DELETE FROM tool_facets WHERE tool_id = $1 AND dimension = 'sector' AND value = 'SO'`, [id]);
      await replica.end();
    }
  });
});

describe('search documents written by two transactions at once', () => {
  it("lets a second writer of a tool's document (a product it replaces, published meanwhile) wait and write after the first commits", async () => {
    const second = await openToolsPostgres(server.url);
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstReindexed!: () => void;
    const firstHasReindexed = new Promise<void>((resolve) => (firstReindexed = resolve));
    try {
      // The first rewrites Ardour's document and holds it uncommitted; the second starts the same rewrite then.
      const first = db.transaction(async (tx) => {
        await tx.execute(sql`UPDATE tools SET name = 'Ardour DAW' WHERE id = 'ardour'`);
        await reindexToolsPg(tx, ['ardour']);
        firstReindexed();
        await firstMayCommit;
      });
      await firstHasReindexed;
      const secondWrite = second.transaction((tx) => reindexToolsPg(tx, ['ardour']));
      await new Promise((resolve) => setTimeout(resolve, 300));
      releaseFirst();
      await first;
      await secondWrite; // before: duplicate key in tool_search_documents_pkey, when the second's delete missed the first's new row
      expect(await pgIds({ search: 'DAW', first: 5 })).toContain('ardour');
    } finally {
      releaseFirst();
      await db.execute(sql`UPDATE tools SET name = 'Ardour' WHERE id = 'ardour'`);
      await reindexToolsPg(db, ['ardour']);
      await second.$client.end();
    }
  });

  it('does not wait for a writer that only inserted a row referencing the tool (an alternative of it, published at once)', async () => {
    const second = await openToolsPostgres(server.url);
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstInserted!: () => void;
    const firstHasInserted = new Promise<void>((resolve) => (firstInserted = resolve));
    const product = (
      await db.execute<{ id: string }>(sql`SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM alternatives WHERE tool_id = 'ardour') LIMIT 1`)
    ).rows[0]!.id;
    try {
      // The first inserts an alternative of Ardour (its foreign key takes Ardour's KEY SHARE lock) and holds it uncommitted.
      const first = db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO alternatives (tool_id, product_id, fit) VALUES ('ardour', ${product}, 'partial')`);
        firstInserted();
        await firstMayCommit;
      });
      await firstHasInserted;
      // Before: FOR UPDATE waited for that KEY SHARE lock (here: lock_timeout, 55P03); while the first then waited for
      // the second's lock on its own reindex, the two deadlocked.
      await second.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL lock_timeout = '2s'`);
        await reindexToolsPg(tx, ['ardour']);
      });
      releaseFirst();
      await first;
    } finally {
      releaseFirst();
      await db.execute(sql`DELETE FROM alternatives WHERE tool_id = 'ardour' AND product_id = ${product}`);
      await second.$client.end();
    }
  });
});

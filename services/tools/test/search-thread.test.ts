/**
 * Tool search in its worker thread (store/search-thread.ts): the same answers as in-thread, a write
 * acknowledged before a search is seen by it, errors keep their codes, and — shown by a gate, not
 * timed — the subgraph answers a tool page while a search is held inside the worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalizeText, silentLogger, trustingPeers, type Subgraph } from '@edu-catalogus/kit/runtime';
import { createSubgraphServer } from '@edu-catalogus/kit/subgraph';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, createStores, type Context, type Stores } from '../src/context.ts';
import { resolvers } from '../src/resolvers/index.ts';
import { archiveTool, createToolSearch } from '../src/store/tool-store.ts';
import { withTransaction } from '@edu-catalogus/kit/data';
import { seedToolsDb } from '../src/curation/seed.ts';
import type { ToolsDb } from '../src/store/tables.ts';
import { definition } from '../src/definition.ts';

const { open: openToolsDatabase, typeDefs } = definition;

const dir = mkdtempSync(path.join(tmpdir(), 'tools-search-thread-'));
let db: ToolsDb;
let stores: Stores;

beforeAll(async () => {
  db = openToolsDatabase(path.join(dir, 'tools.db'));
  await seedToolsDb(db, loadCatalogue(undefined, normalizeText));
  stores = createStores(db);
});
afterAll(async () => {
  await stores.search.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const idsOf = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);
/** The thread's pages carry ids only. */
const threadIds = (page: { edges: { id: string }[] }) => page.edges.map((e) => e.id);

describe('the search thread', () => {
  it('runs off the request thread and answers as the in-thread search does', async () => {
    expect(stores.search.offThread).toBe(true);
    // Until the worker has loaded, searches run in-thread; from here on they run in the worker.
    await stores.search.ready;
    for (const query of [
      { search: 'moodel', first: 5 },
      { search: 'videobellen', filter: { sector: ['PO'] }, first: 10 },
      { filter: { platform: ['WEB'] }, orderBy: 'NAME' as const, first: 20 },
    ]) {
      const inThread = createToolSearch(db).search(query);
      const off = await stores.search.tools({ query, facets: true });
      expect(threadIds(off)).toEqual(idsOf(inThread));
      // Ids and cursors only: no ~4 KB row per tool is read by the worker or cloned back.
      for (const edge of off.edges) expect(Object.keys(edge).sort()).toEqual(['cursor', 'id']);
      expect(off.totalCount).toBe(inThread.totalCount);
      expect(off.pageInfo).toEqual(inThread.pageInfo);
      expect(off.facets).toEqual(inThread.facets());
    }
    expect(await stores.search.matchProduct('alternatief voor Microsft Teams')).toEqual({ productId: 'microsoft-teams' });
  });

  it('sees a write acknowledged before the search', async () => {
    const before = await stores.search.tools({ query: { search: 'inkscape' }, facets: false });
    expect(threadIds(before)).toContain('inkscape');
    await withTransaction(db, (tx) => archiveTool(tx, 'inkscape'));
    const after = await stores.search.tools({ query: { search: 'inkscape' }, facets: false });
    expect(threadIds(after)).not.toContain('inkscape');
  });

  it('keeps the code and field of an input error raised in the worker', async () => {
    const refused = stores.search.tools({ query: { search: 'video', after: 'not-a-cursor' }, facets: false });
    await expect(refused).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'after' } });
  });
});

describe('while a search is held in the worker', () => {
  const gate = new Int32Array(new SharedArrayBuffer(8));
  const waitAsync = (Atomics as unknown as { waitAsync: (a: Int32Array, i: number, v: number) => { value: Promise<string> | string } }).waitAsync;
  let held: Stores;
  let subgraph: Subgraph<Context>;

  beforeAll(() => {
    held = createStores(db, trustingPeers, { search: { gate } });
    subgraph = {
      apollo: createSubgraphServer<Context>({ typeDefs, resolvers, logger: silentLogger }),
      context: async () => createContext(held),
      ready: () => true,
    };
  });
  afterAll(() => held.search.close());

  it('the same subgraph answers a tool page', async () => {
    await held.search.ready;
    let searchDone = false;
    const search = execute(subgraph, '{ tools(search: "fotobewerking", first: 3) { totalCount edges { node { id } } facets { dimension } } }').then((r) => {
      searchDone = true;
      return r;
    });
    // The worker announces the search in gate[1], then waits on gate[0]: the search is now running there.
    await waitAsync(gate, 1, 0).value;
    try {
      const page = await execute(subgraph, '{ tool(id: "moodle") { id name } }');
      expect(page.data).toEqual({ tool: { id: 'moodle', name: 'Moodle LMS' } });
      expect(searchDone).toBe(false);
      expect(Atomics.load(gate, 1)).toBe(1);
    } finally {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
    }
    const found = await search;
    expect(found.errors).toBeUndefined();
    expect(found.data.tools.edges.length).toBeGreaterThan(0);
    expect(found.data.tools.facets.length).toBeGreaterThan(0);
  });
});

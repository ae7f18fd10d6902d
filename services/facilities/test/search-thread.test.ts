/**
 * Facility search in kit's text-search thread: the index is built when the store is made (before the
 * subgraph listens) and rebuilt after a write in the worker, so once the worker is ready neither the first
 * search nor the first search after a write builds or corrects anything on the request thread. Counted in
 * the statements the main connection runs, not timed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { backgroundReady, stopBackgroundWork } from '@edu-catalogus/kit/search';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFacilitiesDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import type { FacilitiesDb } from '../src/store/tables.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'facilities-search-thread-'));
const statements: string[] = [];
let db: FacilitiesDb;
let server: ReturnType<typeof definition.createServer>;

beforeAll(async () => {
  db = definition.open(path.join(dir, 'facilities.db'), (sql) => statements.push(sql));
  await seedFacilitiesDb(db, loadCatalogue(undefined, normalizeText));
  server = definition.createServer({ db });
  // The first search starts the worker (answered on this thread while it boots, seconds under tsx).
  await execute(server, '{ facilities(search: "federatie") { totalCount } }');
  await backgroundReady(db.$client);
});
afterAll(async () => {
  await stopBackgroundWork(db.$client);
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function searchOnce(search: string) {
  statements.length = 0;
  const { data, errors } = await execute(server, 'query($s: String) { facilities(search: $s, first: 100) { edges { node { id } } } }', { s: search });
  expect(errors).toBeUndefined();
  return { ids: data.facilities.edges.map((e: { node: { id: string } }) => e.node.id) as string[], statements: [...statements] };
}
/** Statements that build the index or correct words: the work that must not run on the request thread. */
const indexWork = (sql: string) => /^(insert|delete)\b.*facilities_search|facilities_search_terms/i.test(sql);

describe('the first searches once the search thread is up', () => {
  it('finds the index built and corrects a misspelling without building or correcting on the request thread', async () => {
    const first = await searchOnce('nummervoorzienig edukopeling');
    expect(first.ids).toContain('nummervoorziening');
    // The list query itself runs here and uses the index.
    expect(first.statements.some((sql) => /facilities_search/.test(sql))).toBe(true);
    expect(first.statements.filter(indexWork)).toEqual([]);
  });

  it('sees a write acknowledged before it, rebuilt in the worker', async () => {
    expect((await searchOnce('Zeldzaamwoord')).ids).toEqual([]);
    db.$client.prepare(`UPDATE facilities SET name = 'Zeldzaamwoord Federatie', version = version + 1 WHERE id = 'edugain'`).run();
    const after = await searchOnce('zeldzaamwoord');
    expect(after.ids).toEqual(['edugain']);
    expect(after.statements.filter(indexWork)).toEqual([]);
  });
});

/** Facility search: the shared rules (prefixes, typos, operator names) and an index that follows changes. */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedFacilitiesDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import type { FacilitiesDb } from '../src/store/tables.ts';

const { createServer, open: openFacilitiesDatabase } = definition;

const catalogue = loadCatalogue(undefined, normalizeText);
let db: FacilitiesDb;
let server: ReturnType<typeof createServer>;

beforeAll(async () => {
  db = openFacilitiesDatabase(':memory:');
  await seedFacilitiesDb(db, catalogue);
  server = createServer({ db });
});

async function ids(search: string, filter?: unknown): Promise<string[]> {
  const { data, errors } = await execute(
    server,
    `query($search: String, $filter: FacilityFilter) { facilities(search: $search, filter: $filter, first: 100) { edges { node { id } } } }`,
    { search, filter },
  );
  expect(errors).toBeUndefined();
  return data.facilities.edges.map((e: { node: { id: string } }) => e.node.id);
}

describe('facility search', () => {
  it('matches prefixes and corrects misspellings', async () => {
    expect(await ids('nummervoorz')).toContain('nummervoorziening');
    expect(await ids('nummervoorzienig')).toContain('nummervoorziening');
  });

  it("finds facilities by their operator's name, combined with filters", async () => {
    const operated = catalogue.facilities.filter((f) => f.operator === 'kennisnet').map((f) => f.id);
    expect(operated.length).toBeGreaterThan(0);
    expect(await ids('Kennisnet')).toEqual(expect.arrayContaining(operated));
    const live = catalogue.facilities
      .filter((f) => f.operator === 'kennisnet' && f.status === 'LIVE')
      .map((f) => f.id)
      .sort();
    expect((await ids('Kennisnet', { operator: ['kennisnet'], status: ['LIVE'] })).sort()).toEqual(live);
  });

  it('follows a changed facility without any reindex call', async () => {
    expect(await ids('Zeldzaamwoord')).toEqual([]);
    db.$client.prepare(`UPDATE facilities SET name = 'Zeldzaamwoord Federatie', version = version + 1 WHERE id = 'edugain'`).run();
    expect(await ids('zeldzaamwoord')).toEqual(['edugain']);
  });
});

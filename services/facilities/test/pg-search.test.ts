/**
 * Facility text search on both stores: the SQLite index (facility-search.ts) and its PostgreSQL twin
 * (pg-facility-search.ts) answer the same searches of the same seeded catalogue alike — prefixes, typos,
 * operator names, a changed facility found without a reindex call — and on PostgreSQL a second replica
 * finds what the first rebuilt without rebuilding again.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFacilitiesDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { copyFacilitiesToPostgres } from '../src/store/pg-copy-from-sqlite.ts';
import { type FacilitiesPgDb, openFacilitiesPostgres } from '../src/store/pg-open.ts';
import * as pg from '../src/store/pg-tables.ts';
import { createFacilitySearch } from '../src/store/search/facility-search.ts';
import { createPgFacilitySearch } from '../src/store/search/pg-facility-search.ts';
import * as sqlite from '../src/store/tables.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
let server: StartedPostgres;
let pgDb: FacilitiesPgDb;
let sqliteDb: sqlite.FacilitiesDb;

beforeAll(async () => {
  server = await startPostgres();
  pgDb = await openFacilitiesPostgres(server.url);
  sqliteDb = definition.open(':memory:');
  await seedFacilitiesDb(sqliteDb, catalogue);
  await copyFacilitiesToPostgres(sqliteDb, pgDb);
});
afterAll(async () => {
  await pgDb?.$client.end();
  await server?.stop();
});

interface Store {
  ids(text: string): Promise<string[] | undefined>;
  rename(id: string, name: string): Promise<void>;
}

const stores: [string, () => Store][] = [
  [
    'SQLite',
    () => {
      const search = createFacilitySearch(sqliteDb);
      return {
        async ids(text) {
          const condition = await search.condition(sqlite.facilities.id, text);
          return (
            condition &&
            sqliteDb
              .select({ id: sqlite.facilities.id })
              .from(sqlite.facilities)
              .where(condition)
              .all()
              .map((r) => r.id)
              .sort()
          );
        },
        async rename(id, name) {
          sqliteDb.$client.prepare(`UPDATE facilities SET name = ?, version = version + 1 WHERE id = ?`).run(name, id);
        },
      };
    },
  ],
  [
    'PostgreSQL',
    () => {
      const search = createPgFacilitySearch(pgDb);
      return {
        async ids(text) {
          const condition = await search.condition(pg.facilities.id, text);
          return condition && (await pgDb.select({ id: pg.facilities.id }).from(pg.facilities).where(condition)).map((r) => r.id).sort();
        },
        async rename(id, name) {
          await pgDb.execute(`UPDATE facilities SET name = '${name}', version = version + 1 WHERE id = '${id}'`);
        },
      };
    },
  ],
];

describe.each(stores)('facility text search on %s', (name, make) => {
  let store: Store;
  beforeAll(() => {
    store = make();
  });

  it('matches prefixes and corrects misspellings', async () => {
    expect(await store.ids('nummervoorz')).toContain('nummervoorziening');
    expect(await store.ids('nummervoorzienig')).toContain('nummervoorziening');
    expect(await store.ids('NUMMERVOORZIENING')).toContain('nummervoorziening');
  });

  it("finds facilities by their operator's name", async () => {
    const operated = catalogue.facilities.filter((f) => f.operator === 'kennisnet').map((f) => f.id);
    expect(operated.length).toBeGreaterThan(0);
    expect(await store.ids('Kennisnet')).toEqual(expect.arrayContaining(operated));
  });

  it('answers undefined (no condition) for text without a searchable word', async () => {
    expect(await store.ids('  ')).toBeUndefined();
  });

  it('follows a changed facility without any reindex call', async () => {
    const word = `Zeldzaam${name.slice(0, 3)}woord`;
    expect(await store.ids(word)).toEqual([]);
    await store.rename('edugain', `${word} Federatie`);
    expect(await store.ids(word.toLowerCase())).toEqual(['edugain']);
  });
});

describe('facility text search on PostgreSQL, two replicas', () => {
  it('shares one index: what one replica rebuilt after a write, the other finds without rebuilding', async () => {
    const replica = await openFacilitiesPostgres(server.url);
    try {
      const [first, second] = [createPgFacilitySearch(pgDb), createPgFacilitySearch(replica)];
      const found = async (search: typeof first, db: FacilitiesPgDb, text: string) => {
        const condition = await search.condition(pg.facilities.id, text);
        return (await db.select({ id: pg.facilities.id }).from(pg.facilities).where(condition)).map((r) => r.id);
      };
      await pgDb.update(pg.facilities).set({ name: 'Gedeeldezoekindex', version: 9 }).where(eq(pg.facilities.id, 'edugain'));
      expect(await found(first, pgDb, 'gedeeldezoekindex')).toEqual(['edugain']);
      expect(first.rebuilds).toBe(1);
      expect(await found(second, replica, 'gedeeldezoekindx')).toEqual(['edugain']);
      expect(second.rebuilds).toBe(0);
    } finally {
      await replica.$client.end();
    }
  });
});

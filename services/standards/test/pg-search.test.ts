/**
 * Standard text search on both stores: the SQLite index (standard-search.ts) and its PostgreSQL twin
 * (pg-standard-search.ts) answer the same searches of the same seeded catalogue alike — case,
 * diacritics, prefixes, typos, a changed standard found without a reindex call.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStandardsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { copyStandardsToPostgres } from '../src/store/pg-copy-from-sqlite.ts';
import { openStandardsPostgres, type StandardsPgDb } from '../src/store/pg-open.ts';
import * as pg from '../src/store/pg-tables.ts';
import { createPgStandardSearch } from '../src/store/search/pg-standard-search.ts';
import { createStandardSearch } from '../src/store/search/standard-search.ts';
import * as sqlite from '../src/store/tables.ts';

let server: StartedPostgres;
let pgDb: StandardsPgDb;
let sqliteDb: sqlite.StandardsDb;

beforeAll(async () => {
  server = await startPostgres();
  pgDb = await openStandardsPostgres(server.url);
  sqliteDb = definition.open(':memory:');
  await seedStandardsDb(sqliteDb, loadCatalogue(undefined, normalizeText));
  await copyStandardsToPostgres(sqliteDb, pgDb);
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
      const search = createStandardSearch(sqliteDb);
      return {
        async ids(text) {
          const condition = await search.condition(sqlite.standards.id, text);
          return (
            condition &&
            sqliteDb
              .select({ id: sqlite.standards.id })
              .from(sqlite.standards)
              .where(condition)
              .all()
              .map((r) => r.id)
              .sort()
          );
        },
        async rename(id, name) {
          sqliteDb.$client.prepare(`UPDATE standards SET name = ?, version = version + 1 WHERE id = ?`).run(name, id);
        },
      };
    },
  ],
  [
    'PostgreSQL',
    () => {
      const search = createPgStandardSearch(pgDb);
      return {
        async ids(text) {
          const condition = await search.condition(pg.standards.id, text);
          return condition && (await pgDb.select({ id: pg.standards.id }).from(pg.standards).where(condition)).map((r) => r.id).sort();
        },
        async rename(id, name) {
          await pgDb.$client.query(`UPDATE standards SET name = $1, version = version + 1 WHERE id = $2`, [name, id]);
        },
      };
    },
  ],
];

describe.each(stores)('standard text search on %s', (name, make) => {
  let store: Store;
  beforeAll(() => {
    store = make();
  });

  it('ignores case, matches prefixes and corrects misspellings', async () => {
    expect(await store.ids('EDUKOPPELING')).toContain('edukoppeling');
    expect(await store.ids('edukop')).toContain('edukoppeling');
    expect(await store.ids('edukopeling')).toContain('edukoppeling');
  });

  it('finds SAML, and nothing for a word no standard has', async () => {
    expect((await store.ids('SAML'))?.length).toBeGreaterThan(0);
    expect(await store.ids('xylofoonorkest')).toEqual([]);
  });

  it('follows a changed standard without any reindex call, diacritics folded', async () => {
    const word = `Zeldzaam${name.slice(0, 3)}woord`;
    expect(await store.ids(word)).toEqual([]);
    await store.rename('edukoppeling', `${word} Koppelvlák`);
    expect(await store.ids(`${word.toLowerCase()} koppelvlak`)).toEqual(['edukoppeling']);
  });
});

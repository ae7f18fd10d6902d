/**
 * `npm run seed` again leaves entries whose content did not change alone: no new version or
 * updatedAt, no revision, no outbox event; a changed seed entry, and only that one, is republished.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { definition as facilities } from '@edu-catalogus/facilities/definition';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { closeDatabase } from '@edu-catalogus/kit/data';
import { loadCatalogue, type Catalogue } from '@edu-catalogus/seeds';
import { definition as standards } from '@edu-catalogus/standards/definition';
import { definition as tools } from '@edu-catalogus/tools/definition';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'edu-reseed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const catalogue = loadCatalogue(undefined, normalizeText);

interface Seedable {
  name: string;
  databaseName: string;
  open: (file: string) => { $client: unknown };
  seed: (db: never, catalogue: Catalogue) => Promise<unknown>;
}
const SUBGRAPHS: [string, Seedable, string[]][] = [
  ['tools', tools as unknown as Seedable, ['tools', 'products', 'categories']],
  ['facilities', facilities as unknown as Seedable, ['facilities', 'organisations']],
  ['standards', standards as unknown as Seedable, ['standards']],
];

/** Everything a reseed could bump: each entry's version and updatedAt, each public row's, and the counts of revisions and events. */
function state(client: Database.Database, tables: string[]) {
  const rows = (sql: string) => client.prepare(sql).all() as Record<string, unknown>[];
  return {
    entries: rows('SELECT entity_type, entity_id, version, updated_at FROM entries ORDER BY 1, 2'),
    public: Object.fromEntries(tables.map((t) => [t, rows(`SELECT id, version, updated_at FROM ${t} ORDER BY id`)])),
    revisions: rows('SELECT count(*) AS n FROM revisions'),
    outbox: rows('SELECT count(*) AS n FROM outbox'),
  };
}

describe('reseeding', () => {
  it.each(SUBGRAPHS)('leaves the unchanged entries of %s alone', async (_name, definition, tables) => {
    const db = definition.open(path.join(dir, definition.databaseName));
    const client = db.$client as Database.Database;
    try {
      await definition.seed(db as never, catalogue);
      const first = state(client, tables);
      expect(first.entries.length).toBeGreaterThan(0);
      await definition.seed(db as never, catalogue);
      expect(state(client, tables)).toEqual(first);
    } finally {
      closeDatabase(client);
    }
  });

  it('republishes a changed seed entry, and only that one', async () => {
    // The tools database the first test seeded twice: one more seed, with one entry changed.
    const [, definition, tables] = SUBGRAPHS[0]!;
    const db = definition.open(path.join(dir, definition.databaseName));
    const client = db.$client as Database.Database;
    try {
      const before = state(client, tables);
      const [moodle] = catalogue.tools.filter((t) => t.id === 'moodle');
      const changed = {
        ...catalogue,
        tools: catalogue.tools.map((t) => (t === moodle ? { ...t, summary: { ...t.summary, en: `${t.summary.en} (changed)` } } : t)),
      };
      await definition.seed(db as never, changed);
      const after = state(client, tables);
      const bumped = (list: Record<string, unknown>[], older: Record<string, unknown>[]) =>
        list.filter((row, i) => JSON.stringify(row) !== JSON.stringify(older[i])).map((row) => row.entity_id ?? row.id);
      expect(bumped(after.entries, before.entries)).toEqual(['moodle']);
      expect(bumped(after.public.tools!, before.public.tools!)).toEqual(['moodle']);
      expect(after.public.tools!.find((t) => t.id === 'moodle')!.version).toBe(2);
      expect(bumped(after.public.products!, before.public.products!)).toEqual([]);
      expect(client.prepare("SELECT json_extract(published, '$.summary.en') AS en FROM entries WHERE entity_id = 'moodle'").get()).toEqual({
        en: `${moodle!.summary.en} (changed)`,
      });
    } finally {
      closeDatabase(client);
    }
  });

  it('fills a column a newer migration added from the same content (the row is then new)', async () => {
    const [, definition] = SUBGRAPHS[0]!;
    const db = definition.open(path.join(dir, definition.databaseName));
    const client = db.$client as Database.Database;
    try {
      const tool = catalogue.tools.find((t) => t.verifiedAt && t.id !== 'moodle')!;
      // As a migration adding verified_at would leave it: empty, while the entry's content has it.
      client.prepare('UPDATE tools SET verified_at = NULL WHERE id = ?').run(tool.id);
      const version = (client.prepare('SELECT version FROM tools WHERE id = ?').get(tool.id) as { version: number }).version;
      await definition.seed(db as never, catalogue);
      const row = client.prepare('SELECT version, verified_at AS verifiedAt FROM tools WHERE id = ?').get(tool.id) as { version: number; verifiedAt: string };
      expect(row).toEqual({ version: version + 1, verifiedAt: tool.verifiedAt });
    } finally {
      closeDatabase(client);
    }
  });
});

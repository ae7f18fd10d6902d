/**
 * The site's Atom feed holds the most recent changes of every type whatever the catalogue's size: with
 * more than 100 standards changed in the feed's window, a standard published now is still its first
 * entry (the feed asks each list for its 100 most recently changed, not the first 100 by name).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { definition as standards } from '@edu-catalogus/standards/definition';
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEntry, publishNew } from '../src/changes.ts';
import { startStack, type Stack } from '../src/stack.ts';
import { getPage, startWebOver } from '../src/web.ts';

const COPIES = 100;
let dir: string;
let stack: Stack;
let web: RunningWeb;

/** The seeded standards plus COPIES more, named to sort before any real one, all changed yesterday. */
async function manyStandards(file: string): Promise<void> {
  const db = standards.open(file);
  await standards.seed(db, loadCatalogue(undefined, normalizeText));
  const sqlite = db.$client;
  const columns = (sqlite.prepare('PRAGMA table_info(standards)').all() as { name: string }[]).map((c) => c.name);
  const values = columns.map((c) =>
    c === 'id' ? `'aaa-kopie-' || ? || '-' || id` : c === 'name' ? `'Aaa kopie ' || ? || ' ' || name` : c === 'updated_at' ? '?' : c,
  );
  const copy = sqlite.prepare(`INSERT INTO standards (${columns.join(', ')}) SELECT ${values.join(', ')} FROM standards WHERE id = ?`);
  const ids = (sqlite.prepare('SELECT id FROM standards ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  sqlite.transaction(() => {
    for (let n = 0; n < COPIES; n++) copy.run(n, n, yesterday, ids[n % ids.length]);
  })();
  sqlite.close();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'feeds-many-'));
  await manyStandards(path.join(dir, 'standards.db'));
  stack = await startStack({ databases: { standards: path.join(dir, 'standards.db') } });
  web = await startWebOver(stack);
}, 180_000);
afterAll(async () => {
  await web?.close();
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const entries = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<title[^>]*>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?<\/title>[\s\S]*?<\/entry>/g)].map((m) => m[1]);

describe('Atom feed of a large catalogue', () => {
  it('lists a standard published now first, though more than 100 standards sort before it by name', async () => {
    const listed = await stack.query<{ standards: { totalCount: number } }>('{ standards(first: 1) { totalCount } }');
    expect(listed.body.data!.standards.totalCount).toBeGreaterThan(100 + 50);
    const alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
    const bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
    await publishNew(stack, alice, bob, newEntry.standards('zulu'));
    expect(entries((await getPage(new URL('/feed.atom', web.url).href)).html)[0]).toBe('Standaard: Standaard zulu');
    expect(entries((await getPage(new URL('/feed.atom?type=standards', web.url).href)).html)[0]).toBe('Standaard: Standaard zulu');
  }, 60_000);

  it('pages standards newest first with stable cursors (orderBy: UPDATED)', async () => {
    const page = async (after: string | null) =>
      (
        await stack.query<{ standards: { edges: { node: { id: string; updatedAt: string } }[]; pageInfo: { endCursor: string } } }>(
          'query($after: String) { standards(orderBy: UPDATED, first: 60, after: $after) { edges { node { id updatedAt } } pageInfo { endCursor } } }',
          { after },
        )
      ).body.data!.standards;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    const stamps = [...first.edges, ...second.edges].map((e) => e.node.updatedAt);
    expect(stamps).toEqual([...stamps].sort().reverse());
    expect(first.edges[0]!.node.id).toBe('std-zulu');
    expect(new Set([...first.edges, ...second.edges].map((e) => e.node.id)).size).toBe(120);
  });
});

/** `publishedPage`, the one listing of the stores: published rows only, the caller's conditions, changedSince, both orders, keyset pages, the count. */
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { publishedPage } from '../src/entries/data.ts';

const things = sqliteTable('things', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  status: text('status').notNull(),
  updatedAt: text('updated_at').notNull(),
});
const client = new Database(':memory:');
client.exec('CREATE TABLE things (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, updated_at TEXT NOT NULL)');
const db = drizzle(client);
const rows = [
  { id: 'a', name: 'Bravo', kind: 'x', status: 'PUBLISHED', updatedAt: '2026-01-03T00:00:00.000Z' },
  { id: 'b', name: 'Alpha', kind: 'x', status: 'PUBLISHED', updatedAt: '2026-01-01T00:00:00.000Z' },
  { id: 'c', name: 'Charlie', kind: 'y', status: 'PUBLISHED', updatedAt: '2026-01-02T00:00:00.000Z' },
  { id: 'd', name: 'Aardvark', kind: 'x', status: 'DRAFT', updatedAt: '2026-01-04T00:00:00.000Z' },
];
db.insert(things).values(rows).run();
const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);

describe('publishedPage', () => {
  it('lists published rows by name, pages after the cursor and counts the whole list', () => {
    const first = publishedPage(db, things, { first: 2 }, []);
    expect([ids(first), first.totalCount, first.pageInfo.hasNextPage]).toEqual([['b', 'a'], 3, true]);
    const second = publishedPage(db, things, { first: 2, after: first.pageInfo.endCursor }, []);
    expect([ids(second), second.pageInfo.hasNextPage]).toEqual([['c'], false]);
  });

  it('keeps the caller conditions and changedSince, and orders newest first on UPDATED', () => {
    expect(ids(publishedPage(db, things, {}, [eq(things.kind, 'x'), undefined]))).toEqual(['b', 'a']);
    expect(ids(publishedPage(db, things, { changedSince: new Date('2026-01-02T00:00:00Z') }, []))).toEqual(['a', 'c']);
    expect(ids(publishedPage(db, things, { orderBy: 'UPDATED' }, []))).toEqual(['a', 'c', 'b']);
  });
});

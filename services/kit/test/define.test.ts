/** defineSubgraph and the graph from the environment: what every subgraph now gets from kit instead of copying it. */
import { eq } from 'drizzle-orm';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mergeResolvers, readSharedTypeDefs, withSharedTypeDefs } from '../src/define.ts';
import { graphEnvironment, graphFromEnv } from '../src/graph.ts';
import { feedOrder } from '../src/changes/resolvers.ts';
import { archiveRow, provenanceColumns, upsertPublished } from '../src/rows.ts';
import { openDatabase } from '../src/db.ts';
import { createPeers, trustingPeers } from '../src/peers.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('the shared SDL', () => {
  it('declares the value types every subgraph shares, and a subgraph SDL gets them', () => {
    const names = parse(readSharedTypeDefs()).definitions.map((d) => ('name' in d ? d.name?.value : undefined));
    expect(names).toEqual(expect.arrayContaining(['LocalizedText', 'Source', 'Uncertainty', 'Revision', 'Editor', 'FieldChange', 'EntryStatus', 'JSON']));
    const full = withSharedTypeDefs('type Query { x: LocalizedText }');
    expect(parse(full).definitions.length).toBe(names.length + 1);
  });

  it('merges resolver maps type by type', () => {
    const a = () => 1;
    const b = () => 2;
    expect(mergeResolvers({ Query: { a } }, { Query: { b }, Mutation: { b } })).toEqual({ Query: { a, b }, Mutation: { b } });
  });
});

describe('the graph a subgraph is part of', () => {
  it('comes from SUBGRAPH_NAMES and SUBGRAPH_<NAME>_URL, in the given order', () => {
    const env = graphEnvironment([
      { name: 'tools', url: 'http://a/graphql' },
      { name: 'facilities', url: 'http://b/graphql' },
    ]);
    expect(env).toEqual({ SUBGRAPH_NAMES: 'tools,facilities', SUBGRAPH_TOOLS_URL: 'http://a/graphql', SUBGRAPH_FACILITIES_URL: 'http://b/graphql' });
    expect(graphFromEnv('facilities', env)).toEqual({ names: ['tools', 'facilities'], urls: { tools: 'http://a/graphql', facilities: 'http://b/graphql' } });
  });

  it('is the subgraph alone when nobody said otherwise, and the feed follows the peers', () => {
    expect(graphFromEnv('standards', {})).toEqual({ names: ['standards'], urls: {} });
    expect(feedOrder('facilities', trustingPeers)).toEqual(['facilities']);
    expect(feedOrder('facilities', createPeers({ urls: () => ({}), secret: 's', subgraphs: ['tools', 'facilities'] }))).toEqual(['tools', 'facilities']);
  });
});

describe('the rows every curated table shares', () => {
  const things = sqliteTable('things', { id: text('id').primaryKey(), name: text('name').notNull(), ...provenanceColumns() });
  const migrations = mkdtempSync(path.join(tmpdir(), 'kit-rows-'));
  writeFileSync(
    path.join(migrations, '0000_things.sql'),
    "CREATE TABLE things (id text PRIMARY KEY, name text NOT NULL, sources text NOT NULL, certainty text NOT NULL, uncertainties text NOT NULL, verified_at text, status text DEFAULT 'PUBLISHED' NOT NULL, version integer DEFAULT 1 NOT NULL, created_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL, updated_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL);",
  );
  const meta = path.join(migrations, 'meta');
  mkdirSync(meta);
  writeFileSync(
    path.join(meta, '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'sqlite', entries: [{ idx: 0, version: '6', when: 1, tag: '0000_things', breakpoints: true }] }),
  );

  it('publishing again bumps version, archiving keeps the row', async () => {
    const db = openDatabase({ file: ':memory:', schema: { things }, migrationsFolder: migrations });
    const row = { id: 'x', name: 'X', sources: [], certainty: 'CONFIRMED', uncertainties: [], verifiedAt: null, status: 'PUBLISHED' };
    await upsertPublished(db, things, row);
    await upsertPublished(db, things, { ...row, name: 'Y' });
    expect(db.select().from(things).where(eq(things.id, 'x')).get()).toMatchObject({ name: 'Y', version: 2, status: 'PUBLISHED' });
    await archiveRow(db, things, 'x');
    expect(db.select().from(things).where(eq(things.id, 'x')).get()).toMatchObject({ name: 'Y', version: 2, status: 'ARCHIVED' });
  });
});

/**
 * Tool lists contributed to other subgraphs' entities (`Standard.implementedBy`) read each tool's row
 * (≈4 KB of texts and JSON) once per request, however many of the requested entities list it: the
 * gateway asks for 100 standards at a time, and reading a full row per (standard, tool) pair held the
 * tools subgraph's loop for tens of ms. Counted in rows of the tools table handed to JavaScript, not timed.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedToolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import type { ToolsDb } from '../src/store/tables.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
let db: ToolsDb;
let server: ReturnType<typeof definition.createServer>;
/** Rows returned by statements that read the tools' descriptions (a full tool row each). */
let fullRows = 0;
/** Statements prepared on the connection: a request that builds and prepares its SQL each time pays for it under a flood. */
let prepared = 0;

/** Counts the rows of every statement reading the tools table's descriptions (prepared now or later). */
function countFullRows(client: Database.Database): void {
  const prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => {
    prepared++;
    const statement = prepare(source);
    if (!(source.includes('"description"') && source.includes('from "tools"'))) return statement;
    const all = statement.all.bind(statement);
    statement.all = ((...params: unknown[]) => {
      const rows = all(...params);
      fullRows += rows.length;
      return rows;
    }) as typeof statement.all;
    return statement;
  }) as typeof client.prepare;
}

beforeAll(async () => {
  db = definition.open(':memory:');
  await seedToolsDb(db, catalogue);
  countFullRows(db.$client);
  server = definition.createServer({ db });
}, 60_000);

describe('Standard.implementedBy for a batch of standards', () => {
  it('answers each standard with its tools by name, reading every tool row once', async () => {
    const standards = catalogue.standards.slice(0, 100).map((s) => s.id);
    const pairs = catalogue.tools.flatMap((t) => (t.standards ?? []).filter((s) => standards.includes(s)).map((s) => [s, t] as const));
    const distinct = new Set(pairs.map(([, t]) => t.id));
    // Tools implementing several of the standards: the batch has more pairs than tools.
    expect(pairs.length).toBeGreaterThan(distinct.size);

    fullRows = 0;
    const { data, errors } = await execute(
      server,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Standard { id implementedBy { id name } } } }',
      { r: standards.map((id) => ({ __typename: 'Standard', id })) },
    );
    expect(errors).toBeUndefined();
    for (const [i, id] of standards.entries()) {
      const expected = pairs
        .filter(([s]) => s === id)
        .map(([, t]) => ({ id: t.id, name: t.name }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
      expect(data._entities[i]).toEqual({ id, implementedBy: expected });
    }
    expect(fullRows).toBe(distinct.size);
  });
});

describe('a page of tools with their values and categories', () => {
  it('prepares no statement when asked again: every batch read is prepared once', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Tool { id sectors platforms categories { id } } } }';
    const variables = { r: catalogue.tools.slice(0, 100).map((t) => ({ __typename: 'Tool', id: t.id })) };
    const first = await execute(server, query, variables);
    expect(first.errors).toBeUndefined();
    prepared = 0;
    const again = await execute(server, query, variables);
    expect(again.data).toEqual(first.data);
    expect(prepared).toBe(0);
  });
});

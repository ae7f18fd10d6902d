/**
 * filter.id: only the named tools, combined with the other filters and the text search, counted
 * exactly and with facets over those tools. The web narrows a search to the tools that have an
 * offering ("direct te gebruiken") this way: the schools subgraph knows those, the tools subgraph does not.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedToolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import type { ToolsDb } from '../src/store/tables.ts';

const { createServer, open: openToolsDatabase } = definition;
let db: ToolsDb;
let server: ReturnType<typeof createServer>;

beforeAll(async () => {
  db = openToolsDatabase(':memory:');
  await seedToolsDb(db, loadCatalogue(undefined, normalizeText));
  server = createServer({ db });
});

const ids = (data: { tools: { edges: { node: { id: string } }[] } }) => data.tools.edges.map((e) => e.node.id);
const query = `query($filter: ToolFilter, $search: String) {
  tools(filter: $filter, search: $search, first: 100, orderBy: NAME) { totalCount edges { node { id } } facets { dimension values { value count } } }
}`;

describe('filter.id', () => {
  it('keeps only the named tools, ignoring ids that are not published tools', async () => {
    const { data, errors } = await execute(server, query, { filter: { id: ['nextcloud', 'moodle', 'no-such-tool'] } });
    expect(errors).toBeUndefined();
    expect(ids(data).sort()).toEqual(['moodle', 'nextcloud']);
    expect(data.tools.totalCount).toBe(2);
    const sectors = data.tools.facets.find((f: { dimension: string }) => f.dimension === 'SECTOR');
    expect(sectors.values.every((v: { count: number }) => v.count <= 2)).toBe(true);
  });

  it('combines with another filter and with a text search', async () => {
    const withSector = await execute(server, query, { filter: { id: ['nextcloud', 'moodle'], sector: ['PO'] } });
    expect(ids(withSector.data).every((id: string) => ['nextcloud', 'moodle'].includes(id))).toBe(true);
    const searched = await execute(server, query, { filter: { id: ['nextcloud', 'moodle'] }, search: 'leeromgeving' });
    expect(ids(searched.data)).toEqual(['moodle']);
  });

  it('applies to a product’s alternatives too', async () => {
    const { data, errors } = await execute(server, '{ alternatives(to: "teams", filter: { id: ["moodle"] }) { alternatives { tool { id } } } }');
    expect(errors).toBeUndefined();
    expect(data.alternatives.alternatives.map((a: { tool: { id: string } }) => a.tool.id)).toEqual(['moodle']);
  });

  it('refuses more than 1000 ids, naming the field', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => `tool-${i}`);
    const { errors } = await execute(server, query, { filter: { id: many } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.id' });
  });
});

/** The licenseCondition filter and facet: paid parts and content that is not free, as seeds' licenseConditions derives them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { licenseConditions, loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedToolsDb } from '../src/curation/seed.ts';
import type { ToolsDb } from '../src/store/tables.ts';
import { definition } from '../src/definition.ts';

const { createServer, open: openToolsDatabase } = definition;

const catalogue = loadCatalogue(undefined, normalizeText);
let db: ToolsDb;
let server: ReturnType<typeof createServer>;

beforeAll(async () => {
  db = openToolsDatabase(':memory:');
  await seedToolsDb(db, catalogue);
  server = createServer({ db });
});

const expected = (condition: string) =>
  catalogue.tools
    .filter((t) => (licenseConditions(t.license) as string[]).includes(condition))
    .map((t) => t.id)
    .sort();

describe('licence conditions', () => {
  it.each(['PAID_PARTS', 'CONTENT_NOT_FREE'])('filters on %s and counts it as a facet', async (condition) => {
    const wanted = expected(condition);
    expect(wanted.length).toBeGreaterThan(0);
    const { data, errors } = await execute(
      server,
      `query($filter: ToolFilter) { tools(filter: $filter, first: 100, orderBy: NAME) { totalCount edges { node { id } } }
         all: tools(first: 1) { facets { dimension values { value count } } } }`,
      { filter: { licenseCondition: [condition] } },
    );
    expect(errors).toBeUndefined();
    expect(data.tools.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(wanted);
    expect(data.tools.totalCount).toBe(wanted.length);
    const facet = data.all.facets.find((f: { dimension: string }) => f.dimension === 'LICENSE_CONDITION');
    expect(facet.values).toContainEqual({ value: condition, count: wanted.length });
  });

  it('refuses a condition it does not know', async () => {
    const { errors } = await execute(server, `{ tools(filter: { licenseCondition: [CHEAP] }) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('backfills the same rows in its migration as publishing writes', () => {
    const rows = () => db.$client.prepare(`SELECT tool_id, value FROM tool_facets WHERE dimension = 'licenseCondition' ORDER BY tool_id, value`).all();
    const written = rows();
    expect(written.length).toBe(expected('PAID_PARTS').length + expected('CONTENT_NOT_FREE').length);
    db.$client.prepare(`DELETE FROM tool_facets WHERE dimension = 'licenseCondition'`).run();
    const migration = readFileSync(path.join(import.meta.dirname, '../drizzle/0007_license_conditions.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) db.$client.exec(statement);
    expect(rows()).toEqual(written);
  });
});

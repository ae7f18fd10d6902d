/** Curating alternatives in the tools subgraph: ids made of the pair, and an entry never writes another pair. */
import { normalizeText, type Identity } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedToolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import type { ToolsDb } from '../src/store/tables.ts';

const { createServer, open: openToolsDatabase } = definition;

const full = loadCatalogue(undefined, normalizeText);
const products = new Set(['quizlet', 'adobe-audition']);
// A small catalogue: two tools, the two products they replace, every category.
const catalogue = {
  ...full,
  tools: full.tools.filter((t) => t.id === 'anki' || t.id === 'audacity').map((t) => ({ ...t, replaces: t.replaces.filter((r) => products.has(r.product)) })),
  products: full.products.filter((p) => products.has(p.id)),
};
let db: ToolsDb;
let server: ReturnType<typeof createServer>;
const alice: Identity = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob: Identity = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };

beforeAll(async () => {
  db = openToolsDatabase(':memory:');
  await seedToolsDb(db, catalogue);
  server = createServer({ db });
});

const notesOf = (tool: string, product: string) =>
  db.$client.prepare('SELECT fit, notes FROM alternatives WHERE tool_id = ? AND product_id = ?').get(tool, product) as
    | { fit: string; notes: string | null }
    | undefined;

describe('curating alternatives', () => {
  it('creates an alternative under the id `tool--product`', async () => {
    const { data, errors } = await execute(
      server,
      `mutation { createAlternative(input: { tool: "anki", product: "adobe-audition", fit: PARTIAL }) { id version } }`,
      {},
      alice,
    );
    expect(errors).toBeUndefined();
    expect(data.createAlternative).toEqual({ id: 'anki--adobe-audition', version: 1 });
  });

  it('refuses an update naming another pair than its id, naming the field', async () => {
    const update = (input: string) =>
      execute(server, `mutation { updateAlternative(id: "anki--adobe-audition", expectedVersion: 1, input: { ${input}, fit: FULL }) { id } }`, {}, alice);
    expect((await update('tool: "audacity", product: "adobe-audition"')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.tool',
    });
    expect((await update('tool: "anki", product: "quizlet"')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.product' });
  });

  it('publishes only the entry’s own pair, even from a draft that names another', async () => {
    const before = notesOf('audacity', 'adobe-audition');
    expect(before).toBeDefined();
    // A draft saved before the id check existed, naming audacity's pair.
    db.$client
      .prepare(`UPDATE entries SET draft = ? WHERE entity_type = 'Alternative' AND entity_id = 'anki--adobe-audition'`)
      .run(JSON.stringify({ tool: 'audacity', product: 'adobe-audition', fit: 'FULL', notes: { nl: 'overschreven' } }));
    await execute(server, `mutation { submitAlternative(id: "anki--adobe-audition") { version } }`, {}, alice);
    const published = await execute(server, `mutation { publishAlternative(id: "anki--adobe-audition") { id } }`, {}, bob);
    expect(published.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tool' });
    expect(notesOf('audacity', 'adobe-audition')).toEqual(before);
    expect(notesOf('anki', 'adobe-audition')).toBeUndefined();
  });
});

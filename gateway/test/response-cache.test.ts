import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { listTag } from '../src/plugins/cache-tags.ts';
import { responseCachePlugins } from '../src/plugins/response-cache.ts';

/** A tiny graph with a publish mutation, so cache invalidation is tested against real executions. */
function createCatalogue() {
  const published = new Set(['moodle']);
  let reads = 0;
  const schema = createSchema({
    typeDefs: /* GraphQL */ `
      type Tool { id: ID! }
      type Category { id: ID! }
      type Query { tools: [Tool!]! tool(id: ID!): Tool }
      type Mutation { publishTool(id: ID!): Tool! failing: Category }
    `,
    resolvers: {
      Query: {
        tools: () => (reads++, [...published].map((id) => ({ id }))),
        tool: (_: unknown, { id }: { id: string }) => (reads++, published.has(id) ? { id } : null),
      },
      Mutation: {
        publishTool: (_: unknown, { id }: { id: string }) => (published.add(id), { id }),
        failing: () => {
          throw new Error('nope');
        },
      },
    },
  });
  const cache = responseCachePlugins({ ttlSeconds: 60 });
  const yoga = createYoga({ schema, plugins: cache.plugins as never, logging: false, maskedErrors: false });
  const run = async (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
  /** Publishes without a mutation through this cache, as another gateway does. */
  const publishElsewhere = (id: string) => published.add(id);
  return { run, reads: () => reads, purge: cache.purge, publishElsewhere };
}

describe('the gateway response cache', () => {
  it('answers a repeated anonymous query without executing it again', async () => {
    const c = createCatalogue();
    await c.run('{ tools { id } }');
    await c.run('{ tools { id } }');
    expect(c.reads()).toBe(1);
  });

  it('is empty after a publish: a list and a lookup that held no trace of the new entry show it', async () => {
    const c = createCatalogue();
    expect((await c.run('{ tools { id } }')).data.tools).toEqual([{ id: 'moodle' }]);
    expect((await c.run('{ tool(id: "nextcloud") { id } }')).data.tool).toBeNull();
    await c.run('mutation { publishTool(id: "nextcloud") { id } }');
    expect((await c.run('{ tools { id } }')).data.tools).toEqual([{ id: 'moodle' }, { id: 'nextcloud' }]);
    expect((await c.run('{ tool(id: "nextcloud") { id } }')).data.tool).toEqual({ id: 'nextcloud' });
  });

  it('keeps entries of other types when a mutation fails', async () => {
    const c = createCatalogue();
    await c.run('{ tools { id } }');
    await c.run('mutation { failing { id } }');
    await c.run('{ tools { id } }');
    expect(c.reads()).toBe(1);
  });

  it('neither reads nor fills the cache for a signed-in request', async () => {
    const c = createCatalogue();
    const auth = { authorization: 'Bearer x' };
    await c.run('{ tools { id } }', auth);
    await c.run('{ tools { id } }', auth);
    expect(c.reads()).toBe(2);
    await c.run('{ tools { id } }');
    expect(c.reads()).toBe(3);
  });

  it('purges by entity: the entity, a null lookup of it and the lists it may join, not the other entries of its type', async () => {
    const c = createCatalogue();
    const byVariable = 'query($id: ID!) { tool(id: $id) { id } }';
    for (const q of ['{ tools { id } }', '{ tool(id: "nextcloud") { id } }', '{ tool(id: "moodle") { id } }']) await c.run(q);
    expect((await c.run(byVariable, {}, { id: 'nextcloud' })).data.tool).toBeNull();
    c.publishElsewhere('nextcloud');
    c.purge([{ typename: 'Tool', id: 'nextcloud' }, listTag('Tool')]);
    const before = c.reads();
    expect((await c.run('{ tools { id } }')).data.tools).toEqual([{ id: 'moodle' }, { id: 'nextcloud' }]);
    expect((await c.run('{ tool(id: "nextcloud") { id } }')).data.tool).toEqual({ id: 'nextcloud' });
    expect((await c.run(byVariable, {}, { id: 'nextcloud' })).data.tool).toEqual({ id: 'nextcloud' });
    expect(c.reads()).toBe(before + 3);
    await c.run('{ tool(id: "moodle") { id } }');
    expect(c.reads()).toBe(before + 3);
  });
});

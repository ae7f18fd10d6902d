import { normalizeText } from '@edu-catalogus/kit/runtime';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
const fetches: string[] = [];
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({
    gateway: { plugins: [{ onFetch: ({ url }: { url: string }) => void fetches.push(url) }] },
  });
});
afterAll(() => stack.stop());

const subgraphOf = (url: string) => Object.entries(stack.subgraphUrls).find(([, u]) => u === url)?.[0] ?? url;

describe('the federated catalogue through the gateway', () => {
  it('answers a query that crosses all three subgraphs with real data', async () => {
    const { status, body } = await stack.query(`{
      tool(id: "moodle") {
        name
        standards { id name maintainer { id name facilities { id } } usedByFacilities { id } }
      }
      facility(id: "nummervoorziening") { operator { id name } standards { id name implementedBy { id } } }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const lti = body.data.tool.standards.find((s: { id: string }) => s.id === 'lti-1-3');
    const ltiSeed = catalogue.standards.find((s) => s.id === 'lti-1-3')!;
    expect(lti.name).toBe(ltiSeed.name);
    expect(lti.maintainer.id).toBe(ltiSeed.maintainer);
    expect(lti.maintainer.name).toBe(catalogue.organisations.find((o) => o.id === ltiSeed.maintainer)!.name);
    expect(body.data.facility.operator).toEqual({ id: 'kennisnet', name: catalogue.organisations.find((o) => o.id === 'kennisnet')!.name });
    expect(body.data.facility.standards.map((s: { id: string }) => s.id)).toContain('eck-id');
  });

  it('finds the alternatives to "teams"', async () => {
    const { body } = await stack.query(
      `{ alternatives(to: "teams") { product { id name vendor } alternatives { fit tool { id name license { expression } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.alternatives.product).toMatchObject({ id: 'microsoft-teams', name: 'Microsoft Teams', vendor: 'Microsoft' });
    const expected = catalogue.tools.filter((t) => t.replaces.some((r) => r.product === 'microsoft-teams')).map((t) => t.id);
    expect(body.data.alternatives.alternatives.length).toBe(Math.min(10, expected.length));
    for (const alternative of body.data.alternatives.alternatives) expect(expected).toContain(alternative.tool.id);
  });

  it('lists 40 tools with standards and maintainers in one request per subgraph per plan level', async () => {
    fetches.length = 0;
    const { body } = await stack.query(`{ tools(first: 40) { edges { node { id standards { id name maintainer { id name } } } } } }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.tools.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(40);
    const withStandards = nodes.filter((n: { standards: unknown[] }) => n.standards.length > 0);
    expect(withStandards.length).toBeGreaterThan(5);
    for (const node of withStandards) for (const s of node.standards) expect(s.maintainer.name).toEqual(expect.any(String));
    // tools (the list) -> standards (_entities) -> facilities (_entities for maintainers)
    expect(fetches.map(subgraphOf).sort()).toEqual(['facilities', 'standards', 'tools']);
  });

  it('keeps the number of subgraph requests the same for 5 tools and for 40', async () => {
    const count = async (first: number) => {
      fetches.length = 0;
      await stack.query(`query($first: Int) { tools(first: $first) { edges { node { standards { maintainer { name } } replaces { product { name } } } } } }`, {
        first,
      });
      return fetches.length;
    };
    expect(await count(40)).toBe(await count(5));
  });

  it('returns a clear BAD_USER_INPUT through the gateway', async () => {
    const { body } = await stack.query(`{ tools(first: 1000000) { totalCount } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(body.errors?.[0]?.message).toContain('first must be between 0 and 100');
  });

  it('answers { tools(first: 100) { totalCount } } with the whole seeded catalogue', async () => {
    const { body } = await stack.query(`{ tools(first: 100) { totalCount } }`);
    expect(body.data.tools.totalCount).toBe(catalogue.tools.length);
    expect(body.data.tools.totalCount).toBeGreaterThanOrEqual(40);
  });
});

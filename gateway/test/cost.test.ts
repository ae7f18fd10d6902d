import { buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { InputError } from '@edu-catalogus/kit/runtime';
import { describe, expect, it } from 'vitest';
import { costEstimator } from '../src/plugins/cost.ts';

const schema = buildSchema(/* GraphQL */ `
  type Query { tools(first: Int = 20, search: String): ToolConnection! tool(id: ID!): Tool }
  type ToolConnection { totalCount: Int! edges: [ToolEdge!]! }
  type ToolEdge { node: Tool! }
  type Tool { id: ID! name: String! standards: [Standard!]! }
  type Standard { id: ID! implementedBy: [Tool!]! }
`);
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [costEstimator({ assumedListSize: 10, maxStringLength: 50 })] });

describe('the cost estimate', () => {
  it('counts objects, not scalars', () => {
    expect(cost('{ tool(id: "moodle") { id name } }')).toBe(1);
  });

  it('multiplies a connection by first, without counting its edges twice', () => {
    // tools (1) + first × (edge 1 + node 1)
    expect(cost('{ tools(first: 5) { edges { node { id } } } }')).toBe(5 * (1 + 2));
    expect(cost('{ tools { edges { node { id } } } }')).toBe(20 * (1 + 2)); // the argument's default
  });

  it('multiplies nested lists without first by the assumed size', () => {
    expect(cost('{ tool(id: "x") { standards { implementedBy { id } } } }')).toBe(1 + 10 * (1 + 10 * 1));
  });

  it('reads first from variables', () => {
    expect(cost('query($n: Int) { tools(first: $n) { edges { node { id } } } }', { n: 2 })).toBe(2 * 3);
  });

  it('refuses first outside 0..100 and over-long strings, literal or from variables', () => {
    expect(() => cost('{ tools(first: 101) { totalCount } }')).toThrow(InputError);
    expect(() => cost('query($n: Int) { tools(first: $n) { totalCount } }', { n: -1 })).toThrow(/first must be between 0 and 100/);
    expect(() => cost(`{ tool(id: "${'x'.repeat(51)}") { id } }`)).toThrow(/id is longer than 50/);
    expect(() => cost('query($s: String) { tools(search: $s) { totalCount } }', { s: 'y'.repeat(51) })).toThrow(/search is longer than 50/);
  });

  it('adds searchCost for each non-empty free-text argument, from a literal or a variable', () => {
    const withSearch = (query: string, variables: Record<string, unknown> = {}) =>
      getComplexity({ schema, query: parse(query), variables, estimators: [costEstimator({ assumedListSize: 10, maxStringLength: 50, searchCost: 1000 })] });
    expect(withSearch('{ tools(first: 1, search: "moodle") { totalCount } }')).toBe(1 + 1000);
    expect(withSearch('query($s: String) { a: tools(first: 1, search: $s) { totalCount } b: tools(first: 1, search: $s) { totalCount } }', { s: 'x' })).toBe(
      2 * (1 + 1000),
    );
    expect(withSearch('{ tools(first: 1, search: "  ") { totalCount } }')).toBe(1);
    expect(withSearch('{ tools(first: 1) { totalCount } }')).toBe(1);
  });
});

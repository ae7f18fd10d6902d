import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCacheTags } from '../src/plugins/cache-tags.ts';

/** The shapes of the public API that matter for tags: lookups, connections, plain lists, searches by other arguments. */
const schema = buildSchema(/* GraphQL */ `
  type Tool { id: ID! name: String! standards: [Standard!]! license: License! }
  type License { expression: String! }
  type Standard { id: ID! implementedBy: [Tool!]! }
  type Product { id: ID! advice(sector: String!): Advice }
  type Advice { id: ID! product: Product! recommended: [Tool!]! }
  type ToolEdge { cursor: String! node: Tool! }
  type ToolConnection { totalCount: Int! edges: [ToolEdge!]! }
  type Alternatives { product: Product alternatives: [Tool!]! }
  type Query {
    tool(id: ID!): Tool
    tools(search: String, first: Int): ToolConnection!
    organisations: [Standard!]!
    alternatives(to: String!): Alternatives!
  }
`);
const tags = (query: string, variables?: Record<string, unknown>) =>
  operationCacheTags(schema, parse(query), variables)
    .map((t) => (t.id === undefined ? t.typename : `${t.typename}:${t.id}`))
    .sort();

describe('cache tags of an operation', () => {
  it('tags a lookup by its id, literal or variable, and nothing else for its scalar fields', () => {
    expect(tags('{ tool(id: "moodle") { name license { expression } } }')).toEqual(['Tool:moodle']);
    expect(tags('query($id: ID!) { tool(id: $id) { name } }', { id: 'kalzium' })).toEqual(['Tool:kalzium']);
  });

  it('tags a connection, a plain list and a nested list by the type of their items', () => {
    expect(tags('{ tools(first: 5) { totalCount } }')).toEqual(['[Tool]']);
    expect(tags('{ tools { edges { node { id } } } }')).toEqual(['[Tool]', '[ToolEdge]'].sort());
    expect(tags('{ organisations { id } }')).toEqual(['[Standard]']);
    expect(tags('{ tool(id: "moodle") { standards { implementedBy { id } } } }')).toEqual(['Tool:moodle', '[Standard]', '[Tool]'].sort());
  });

  it('tags a search by other arguments as a list of what it finds', () => {
    expect(tags('{ alternatives(to: "teams") { product { id } } }')).toEqual(['[Alternatives]', '[Product]']);
    expect(tags('{ tool(id: "x") { id } } query Other { alternatives(to: "y") { alternatives { id } } }')).toContain('[Tool]');
    expect(tags('{ tool(id: "x") { id } } query Advice { alternatives(to: "y") { product { advice(sector: "PO") { id } } } }')).toEqual(
      ['Tool:x', '[Alternatives]', '[Product]', '[Advice]'].sort(),
    );
  });
});

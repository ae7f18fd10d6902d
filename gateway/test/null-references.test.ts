/** Null singular references in an answer are tagged as a list of their type; present ones, lists and root lookups are not. */
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nullReferenceTags } from '../src/plugins/null-references.ts';

const schema = buildSchema(/* GraphQL */ `
  interface Entry { id: ID! }
  type Organisation implements Entry { id: ID! name: String! }
  type Tool implements Entry { id: ID! curatedBy: Organisation standards: [Standard!]! }
  type Standard implements Entry { id: ID! maintainer: Organisation }
  type Query { tool(id: ID!): Tool tools: [Tool!]! entry(id: ID!): Entry }
`);
const tags = (query: string, data: Record<string, unknown>) =>
  nullReferenceTags(schema, parse(query), data)
    .map((t) => t.typename)
    .sort();

describe('tags of null references', () => {
  it('tags a null reference by its type, under an alias too, and not a present one', () => {
    expect(tags('{ tool(id: "a") { curatedBy { name } } }', { tool: { curatedBy: null } })).toEqual(['[Organisation]']);
    expect(tags('{ tool(id: "a") { keeper: curatedBy { name } } }', { tool: { keeper: null } })).toEqual(['[Organisation]']);
    expect(tags('{ tool(id: "a") { curatedBy { name } } }', { tool: { curatedBy: { name: 'K' } } })).toEqual([]);
  });

  it('finds them in lists, fragments and inline fragments of an interface', () => {
    const data = { tools: [{ curatedBy: { name: 'K' }, standards: [{ maintainer: null }] }] };
    expect(tags('{ tools { ...T } } fragment T on Tool { curatedBy { name } standards { maintainer { name } } }', data)).toEqual(['[Organisation]']);
    const entry = { entry: { __typename: 'Standard', maintainer: null } };
    expect(tags('{ entry(id: "s") { ... on Standard { maintainer { name } } ... on Tool { curatedBy { name } } } }', entry)).toEqual(['[Organisation]']);
  });

  it('leaves a null root lookup to the lookup tags (Tool:<id>), and tags nothing for a mutation', () => {
    expect(tags('{ tool(id: "a") { curatedBy { name } } }', { tool: null })).toEqual([]);
    expect(tags('mutation { tool(id: "a") { curatedBy { name } } }', { tool: { curatedBy: null } })).toEqual([]);
  });
});

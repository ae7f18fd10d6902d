/** fast-check arbitraries of GraphQL queries over a real schema: random fields, arguments and nesting. */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Ids that exist in the seed data, ids that do not, and edge cases. */
const SAMPLE_STRINGS = ['moodle', 'nextcloud', 'lti-1-3', 'kennisnet', 'nummervoorziening', 'microsoft-teams', 'teams', 'nope', '', ' ', 'é', '"', '\\'];
const SAMPLE_INTS = [-1, 0, 1, 5, 20, 100, 101, 2 ** 31 - 1, -(2 ** 31)];

function inputValue(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return fc.array(inputValue(nullable.ofType, depth + 1), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
  if (isEnumType(nullable)) return fc.constantFrom(...nullable.getValues().map((v) => v.name));
  if (isInputObjectType(nullable)) {
    if (depth > 2) return fc.constant('{}');
    const fields = Object.values(nullable.getFields());
    return fc
      .tuple(
        ...fields.map((f) =>
          (isNonNullType(f.type) ? inputValue(f.type, depth + 1) : fc.option(inputValue(f.type, depth + 1), { nil: undefined })).map(
            (v) => [f.name, v] as const,
          ),
        ),
      )
      .map(
        (pairs) =>
          `{ ${pairs
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ')} }`,
      );
  }
  if (isScalarType(nullable)) {
    if (nullable.name === 'Int') return fc.oneof(fc.constantFrom(...SAMPLE_INTS), fc.integer()).map(String);
    if (nullable.name === 'Float') return fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(n));
    if (nullable.name === 'Boolean') return fc.boolean().map(String);
    return fc.oneof(fc.constantFrom(...SAMPLE_STRINGS), fc.string({ maxLength: 40 })).map((s) => JSON.stringify(s));
  }
  return fc.constant('null');
}

function argumentList(args: readonly GraphQLArgument[]): fc.Arbitrary<string> {
  if (args.length === 0) return fc.constant('');
  return fc
    .tuple(
      ...args.map((a) =>
        (isNonNullType(a.type) ? inputValue(a.type, 0) : fc.option(inputValue(a.type, 0), { nil: undefined })).map((v) => [a.name, v] as const),
      ),
    )
    .map((pairs) => pairs.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`))
    .map((parts) => (parts.length ? `(${parts.join(', ')})` : ''));
}

function selection(schema: GraphQLSchema, type: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields()).filter((f) => !f.name.startsWith('_'));
  if (depth <= 0 || fields.length === 0) return fc.constant('__typename');
  return fc
    .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3, selector: (f) => f.name })
    .chain((chosen) => fc.tuple(...chosen.map((f) => field(schema, f, depth))))
    .map((parts) => parts.join(' '));
}

function field(schema: GraphQLSchema, f: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(f.type);
  let sub: fc.Arbitrary<string> = fc.constant('');
  if (isObjectType(named)) sub = selection(schema, named, depth - 1).map((s) => ` { ${s} }`);
  else if (isInterfaceType(named) || isUnionType(named)) {
    const possible = schema.getPossibleTypes(named);
    sub = fc.constantFrom(...possible).chain((t) => selection(schema, t, depth - 1).map((s) => ` { __typename ... on ${t.name} { ${s} } }`));
  }
  return fc.tuple(argumentList(f.args), sub).map(([args, s]) => `${f.name}${args}${s}`);
}

/** A query document over `schema`'s Query type, up to `maxDepth` levels deep. */
export function queryArbitrary(schema: GraphQLSchema, maxDepth = 5): fc.Arbitrary<string> {
  const query = schema.getQueryType()!;
  return fc.integer({ min: 1, max: maxDepth }).chain((depth) => selection(schema, query, depth).map((s) => `{ ${s} }`));
}

/** A valid-looking query with one character dropped or doubled: exercises the parser and error paths. */
export function damagedQueryArbitrary(schema: GraphQLSchema): fc.Arbitrary<string> {
  return fc.tuple(queryArbitrary(schema, 3), fc.nat(), fc.boolean()).map(([q, at, drop]) => {
    const i = at % q.length;
    return drop ? q.slice(0, i) + q.slice(i + 1) : q.slice(0, i) + q[i] + q.slice(i);
  });
}

/**
 * What a cached answer may show beyond the entities in it, so the change feed can purge exactly the
 * answers an event touches (changes/purge.ts). The response cache records every `{ typename, id }` in
 * an answer; an event also touches answers that held no trace of its entity:
 * - a lookup by id that answered null (`tool(id: "x")` before x was published): tagged `Tool:x`;
 * - a list the entity may join (`tools(…)` connections, `organisations`, `Standard.implementedBy`):
 *   tagged `[Tool]` by its item (or connection node) type;
 * - a field that finds something by other arguments (`advice(product, sector)`, `alternatives(to)`):
 *   tagged as a list of its type and of the single objects it holds (`Alternatives.product`).
 */
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';

export interface CacheEntity {
  typename: string;
  id?: string | number;
}

/** The tag of every list whose items are `typename`s. */
export const listTag = (typename: string): CacheEntity => ({ typename: `[${typename}]` });

const objectNamed = (type: GraphQLField<unknown, unknown>['type']): GraphQLObjectType | null => {
  const named = getNamedType(type);
  return isObjectType(named) ? named : null;
};

/** A connection's or edge's node type (`ToolConnection` → `Tool`), if `type` is one. */
function nodeType(type: GraphQLObjectType): GraphQLObjectType | null {
  const fields = type.getFields();
  if (fields.node) return objectNamed(fields.node.type);
  const edge = fields.edges && objectNamed(fields.edges.type);
  return edge ? nodeType(edge) : null;
}

/** The list tags for a field: its list item type, a connection's node type, or what a search by arguments finds. */
function listTagsOf(field: GraphQLField<unknown, unknown>): string[] {
  const type = objectNamed(field.type);
  if (!type) return [];
  const node = nodeType(type);
  if (isListType(getNullableType(field.type))) return node ? [type.name, node.name] : [type.name];
  if (node) return [node.name];
  if (field.args.length === 0) return [];
  const held = Object.values(type.getFields()).flatMap((f) => (isListType(getNullableType(f.type)) ? [] : (objectNamed(f.type)?.name ?? [])));
  return [type.name, ...held];
}

const argumentValue = (node: ValueNode, variables: Record<string, unknown>): unknown =>
  node.kind === Kind.VARIABLE ? variables[node.name.value] : node.kind === Kind.STRING || node.kind === Kind.INT ? node.value : undefined;

/** The extra tags of an operation's answer (fragments included), whatever its result turns out to be. */
export function operationCacheTags(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): CacheEntity[] {
  const tags = new Map<string, CacheEntity>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field) return;
        const type = objectNamed(field.type);
        const idArgument = node.arguments?.find((a) => a.name.value === 'id');
        const id = idArgument && argumentValue(idArgument.value, variables);
        if (type && field.args.length === 1 && field.args[0]!.name === 'id' && (typeof id === 'string' || typeof id === 'number')) {
          tags.set(`${type.name}:${id}`, { typename: type.name, id });
          return;
        }
        for (const name of listTagsOf(field)) tags.set(`[${name}]`, listTag(name));
      },
    }),
  );
  return [...tags.values()];
}

/**
 * Tags for the singular references an answer shows as null (`Tool.curatedBy` while that organisation
 * is not published): the answer holds no `{ typename, id }` of the missing entity, and the gateway
 * cannot know which id the subgraph referred to, so it is tagged as a list of that type (`[Organisation]`),
 * which every event of that type purges (changes/purge.ts). Read from the answer itself, so answers
 * whose references are all present keep only their own entities. Root fields are tagged by cache-tags.ts.
 */
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { listTag, type CacheEntity } from './cache-tags.ts';

type Data = Record<string, unknown>;

/** `[Type]` tags for every null, non-list object field below the root of `data`. */
export function nullReferenceTags(schema: GraphQLSchema, document: DocumentNode, data: Data | null | undefined): CacheEntity[] {
  const root = schema.getQueryType();
  if (!data || !root) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const tags = new Set<string>();

  const visitValue = (value: unknown, selectionSet: SelectionSetNode, named: ReturnType<typeof getNamedType>): void => {
    if (Array.isArray(value)) for (const item of value) visitValue(item, selectionSet, named);
    else if (value && typeof value === 'object') {
      // An interface or union answer says its concrete type (the response cache asks for __typename).
      const typename = (value as Data).__typename;
      const type = isAbstractType(named) && typeof typename === 'string' ? schema.getType(typename) : named;
      if (isObjectType(type)) visitObject(value as Data, selectionSet, type, false);
    }
  };
  const visitObject = (data: Data, selectionSet: SelectionSetNode, type: GraphQLObjectType, isRoot: boolean): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = type.getFields()[selection.name.value];
        if (!field || !selection.selectionSet) continue;
        const value = data[selection.alias?.value ?? selection.name.value];
        const named = getNamedType(field.type);
        if (value === null && !isRoot && !isListType(getNullableType(field.type)) && (isObjectType(named) || isAbstractType(named))) tags.add(named.name);
        else visitValue(value, selection.selectionSet, named);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        const condition = fragment?.typeCondition?.name.value;
        if (
          fragment &&
          (!condition || condition === type.name || type.getInterfaces().some((i) => i.name === condition) || isAbstractType(schema.getType(condition)))
        )
          visitObject(data, fragment.selectionSet, type, isRoot);
      }
    }
  };
  if (operation?.kind === Kind.OPERATION_DEFINITION && operation.operation === 'query') visitObject(data, operation.selectionSet, root, true);
  return [...tags].map(listTag);
}

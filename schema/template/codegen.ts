/** Resolver types of the __name__ subgraph, generated from its SDL (`npm run codegen`; test/codegen.test.ts checks they are current). */
import { ENTITY_STUB, resolverTypesConfig } from '@edu-catalogus/kit/codegen';

/** The drizzle row types the resolvers receive as parents, relative to the generated file. */
const rows = '../store/tables.ts';

export default resolverTypesConfig({
  cwd: import.meta.dirname,
  schema: ['src/schema.graphql'],
  output: 'src/resolvers/types.generated.ts',
  contextType: '../context.ts#Context',
  mappers: {
    __Entity__: `${rows}#__Entity__Row`,
    Organisation: ENTITY_STUB,
  },
});

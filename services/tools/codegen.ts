/** Resolver types of the tools subgraph, generated from its SDL (`npm run codegen`; test/codegen.test.ts checks they are current). */
import { ENTITY_STUB, ENTRY_ROW, resolverTypesConfig } from '@edu-catalogus/kit/codegen';

/** The drizzle row types the resolvers receive as parents, relative to the generated file. */
const rows = '../store/tables.ts';

export default resolverTypesConfig({
  cwd: import.meta.dirname,
  schema: ['src/schema.graphql'],
  output: 'src/resolvers/types.generated.ts',
  contextType: '../context.ts#Context',
  mappers: {
    Tool: `${rows}#ToolRow`,
    Product: `${rows}#ProductRow`,
    Category: `${rows}#CategoryRow`,
    Alternative: `${rows}#AlternativeRow`,
    ToolConnection: './ToolConnection.ts#ToolList',
    Standard: ENTITY_STUB,
    Facility: ENTITY_STUB,
    Organisation: ENTITY_STUB,
    ToolEntry: ENTRY_ROW,
    ProductEntry: ENTRY_ROW,
    CategoryEntry: ENTRY_ROW,
    AlternativeEntry: ENTRY_ROW,
  },
});

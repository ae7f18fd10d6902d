/** Resolver types of the schools subgraph, generated from its SDL (`npm run codegen`; test/codegen.test.ts checks they are current). */
import { ENTITY_STUB, ENTRY_ROW, resolverTypesConfig } from '@edu-catalogus/kit/codegen';

/** The drizzle row types the resolvers receive as parents, relative to the generated file. */
const rows = '../store/tables.ts';

export default resolverTypesConfig({
  cwd: import.meta.dirname,
  schema: ['src/schema.graphql'],
  output: 'src/resolvers/types.generated.ts',
  contextType: '../context.ts#Context',
  mappers: {
    Offering: `${rows}#OfferingRow`,
    Advice: `${rows}#AdviceRow`,
    School: `${rows}#SchoolRow`,
    UsageDeclaration: `${rows}#UsageDeclarationRow`,
    UsageNoteReview: `${rows}#UsageDeclarationRow`,
    ToolUsage: '../store/usage-aggregates.ts#ToolUsage as ToolUsageAggregate',
    Tool: ENTITY_STUB,
    Organisation: ENTITY_STUB,
    Product: ENTITY_STUB,
    OfferingEntry: ENTRY_ROW,
    AdviceEntry: ENTRY_ROW,
  },
});

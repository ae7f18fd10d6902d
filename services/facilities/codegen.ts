/** Resolver types of the facilities subgraph, generated from its SDL (`npm run codegen`; test/codegen.test.ts checks they are current). */
import { ENTITY_STUB, ENTRY_ROW, resolverTypesConfig } from '@edu-catalogus/kit/codegen';

/** The drizzle row types the resolvers receive as parents, relative to the generated file. */
const rows = '../store/tables.ts';
const webhookRows = '@edu-catalogus/kit/webhook-tables';

export default resolverTypesConfig({
  cwd: import.meta.dirname,
  schema: ['src/schema.graphql'],
  output: 'src/resolvers/types.generated.ts',
  contextType: '../context.ts#Context',
  mappers: {
    Facility: `${rows}#FacilityRow`,
    Organisation: `${rows}#OrganisationRow`,
    WebhookSubscription: `${webhookRows}#WebhookSubscriptionRow`,
    Standard: ENTITY_STUB,
    FacilityEntry: ENTRY_ROW,
    OrganisationEntry: ENTRY_ROW,
  },
});

/** The resolver map of the schools subgraph, checked against the generated `Resolvers` of its SDL. */
import { DateTimeScalar, Uncertainty } from '@edu-catalogus/kit/data';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { Advice } from './Advice.ts';
import { AdviceEntry, CurationMutation, CurationQuery, Editor, OfferingEntry, Revision } from './Curation.ts';
import { Offering } from './Offering.ts';
import { Query } from './Query.ts';
import { Organisation, Product, Tool } from './References.ts';
import { School, UsageDeclaration, UsageMutation, UsageNoteReview, UsageQuery } from './Usage.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  Query: { ...Query, ...CurationQuery, ...UsageQuery },
  Mutation: { ...CurationMutation, ...UsageMutation },
  School,
  UsageDeclaration,
  UsageNoteReview,
  Offering,
  Advice,
  Tool,
  Organisation,
  Product,
  OfferingEntry,
  AdviceEntry,
  Revision,
  Editor,
  Uncertainty,
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
};

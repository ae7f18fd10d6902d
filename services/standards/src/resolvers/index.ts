/** The resolver map of the standards subgraph, checked against the generated `Resolvers` of its SDL. */
import { DateTimeScalar, Uncertainty } from '@edu-catalogus/kit/data';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { CurationMutation, CurationQuery, Editor, Revision, StandardEntry, ProblemReport } from './Curation.ts';
import { Organisation } from './Organisation.ts';
import { Query } from './Query.ts';
import { Standard, StandardVersion } from './Standard.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  Query: { ...Query, ...CurationQuery },
  Mutation: CurationMutation,
  Standard,
  StandardVersion,
  Organisation,
  StandardEntry,
  Revision,
  ProblemReport,
  Editor,
  Uncertainty,
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
};

/** The resolver map of the standards subgraph. */
import { Uncertainty } from '@edu-catalogus/kit';
import { DateTimeScalar } from '@edu-catalogus/kit';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { CurationMutation, CurationQuery, Editor, Revision, StandardEntry, ProblemReport } from './Curation.ts';
import { Organisation } from './Organisation.ts';
import { Query } from './Query.ts';
import { Standard, StandardVersion } from './Standard.ts';

export const resolvers = {
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

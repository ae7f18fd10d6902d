/** The resolver map of the facilities subgraph, checked against the generated `Resolvers` of its SDL. */
import { DateTimeScalar, Uncertainty } from '@edu-catalogus/kit/data';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { CurationMutation, CurationQuery, Editor, FacilityEntry, OrganisationEntry, Revision, ProblemReport } from './Curation.ts';
import { Facility } from './Facility.ts';
import { Organisation } from './Organisation.ts';
import { Query } from './Query.ts';
import { Standard } from './Standard.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  Query: { ...Query, ...CurationQuery },
  Mutation: CurationMutation,
  Facility,
  Organisation,
  Standard,
  FacilityEntry,
  OrganisationEntry,
  Revision,
  ProblemReport,
  Editor,
  Uncertainty,
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
};

/** The resolver map of the facilities subgraph. */
import { Uncertainty } from '@edu-catalogus/kit';
import { DateTimeScalar } from '@edu-catalogus/kit';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { CurationMutation, CurationQuery, Editor, FacilityEntry, OrganisationEntry, Revision, ProblemReport } from './Curation.ts';
import { Facility } from './Facility.ts';
import { Organisation } from './Organisation.ts';
import { Query } from './Query.ts';
import { Standard } from './Standard.ts';

export const resolvers = {
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

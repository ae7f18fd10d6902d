/** Curation of facilities and organisations: mutations, curator queries, entry and revision fields. */
import { curationOperations, editorFields, problemReportFields, reportOperations, entryFields, revisionFields } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';
import type {
  EditorResolvers,
  FacilityEntryResolvers,
  MutationResolvers,
  OrganisationEntryResolvers,
  QueryResolvers,
  RevisionResolvers,
} from './types.generated.ts';

type Curated = keyof Context['stores']['curation'];

const facility = curationOperations('Facility', (c: Context) => c.stores.curation.facility);
const organisation = curationOperations('Organisation', (c: Context) => c.stores.curation.organisation);

// "Meld een fout": public reports on entry pages, resolved by curators of known organisations.
const reports = reportOperations(['Facility', 'Organisation'], {
  reports: (c: Context) => c.stores.reports,
  curator: (c: Context, identity) => c.stores.curation.facility.curator(identity),
});

export const CurationMutation: MutationResolvers = { ...facility.Mutation, ...organisation.Mutation, ...reports.Mutation };
export const CurationQuery: QueryResolvers = { ...facility.Query, ...organisation.Query, ...reports.Query };

// Organisation is owned here, so references to one are loaded rather than returned as stubs.
const organisationOf = (id: string | null, { loaders }: Context) => (id ? loaders.organisation.load(id) : null);
const entry = (type: Curated) =>
  ({
    ...entryFields<Context>((context, row) => context.loaders.history(type).load(row.entityId)),
    owner: (row, _, context) => organisationOf(row.ownerOrg, context),
    proposedBy: (row, _, context) => (row.draftOrg !== row.ownerOrg ? organisationOf(row.draftOrg, context) : null),
  }) satisfies FacilityEntryResolvers & OrganisationEntryResolvers;

export const FacilityEntry: FacilityEntryResolvers = { ...entry('facility'), published: (row, _, { loaders }) => loaders.facility.load(row.entityId) };
export const OrganisationEntry: OrganisationEntryResolvers = {
  ...entry('organisation'),
  published: (row, _, { loaders }) => loaders.organisation.load(row.entityId),
};

export const Revision: RevisionResolvers = revisionFields;
export const Editor: EditorResolvers = {
  ...editorFields,
  organisation: (editor, _, context) => organisationOf(editor.organisation, context),
};
export const ProblemReport = problemReportFields;

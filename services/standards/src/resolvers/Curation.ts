/** Curation of standards: mutations, curator queries, entry and revision fields. */
import { curationOperations, editorFields, problemReportFields, reportOperations, entryFields, revisionFields } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';
import type { EditorResolvers, MutationResolvers, QueryResolvers, RevisionResolvers, StandardEntryResolvers } from './types.generated.ts';

const operations = curationOperations('Standard', (c: Context) => c.stores.curation.standard);

// "Meld een fout": public reports on entry pages, resolved by curators of known organisations.
const reports = reportOperations(['Standard'], {
  reports: (c: Context) => c.stores.reports,
  curator: (c: Context, identity) => c.stores.curation.standard.curator(identity),
});

export const CurationMutation: MutationResolvers = { ...operations.Mutation, ...reports.Mutation };
export const CurationQuery: QueryResolvers = { ...operations.Query, ...reports.Query };

export const StandardEntry: StandardEntryResolvers = {
  ...entryFields<Context>((context, row) => context.loaders.history.load(row.entityId)),
  published: (row, _, { loaders }) => loaders.standard.load(row.entityId),
};

export const Revision: RevisionResolvers = revisionFields;
export const Editor: EditorResolvers = editorFields;
export const ProblemReport = problemReportFields;

/** Curation of standards: mutations, curator queries, entry and revision fields. */
import {
  curationOperations,
  editorFields,
  problemReportFields,
  reportOperations,
  entryFields,
  revisionFields,
  type EntryRow,
} from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';

const operations = curationOperations('Standard', (c: Context) => c.stores.curation.standard);

// "Meld een fout": public reports on entry pages, resolved by curators of known organisations.
const reports = reportOperations(['Standard'], {
  reports: (c: Context) => c.stores.reports,
  curator: (c: Context, identity) => c.stores.curation.standard.curator(identity),
});

export const CurationMutation = { ...operations.Mutation, ...reports.Mutation };
export const CurationQuery = { ...operations.Query, ...reports.Query };

export const StandardEntry = {
  ...entryFields<Context>((context, row) => context.loaders.history.load(row.entityId)),
  published: (row: EntryRow, _: unknown, { loaders }: Context) => loaders.standard.load(row.entityId),
};

export const Revision = revisionFields;
export const Editor = editorFields;
export const ProblemReport = problemReportFields;

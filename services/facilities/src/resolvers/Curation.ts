/** Curation of facilities and organisations: mutations, curator queries, entry and revision fields. */
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

type Curated = keyof Context['stores']['curation'];

const operations = [
  curationOperations('Facility', (c: Context) => c.stores.curation.facility),
  curationOperations('Organisation', (c: Context) => c.stores.curation.organisation),
];

// "Meld een fout": public reports on entry pages, resolved by curators of known organisations.
const reports = reportOperations(['Facility', 'Organisation'], {
  reports: (c: Context) => c.stores.reports,
  curator: (c: Context, identity) => c.stores.curation.facility.curator(identity),
});

export const CurationMutation = Object.assign({}, ...operations.map((o) => o.Mutation), reports.Mutation);
export const CurationQuery = Object.assign({}, ...operations.map((o) => o.Query), reports.Query);

// Organisation is owned here, so references to one are loaded rather than returned as stubs.
const organisation = (id: string | null, { loaders }: Context) => (id ? loaders.organisation.load(id) : null);
const entry = (type: Curated) => ({
  ...entryFields<Context>((context, row) => context.loaders.history(type).load(row.entityId)),
  owner: (row: EntryRow, _: unknown, context: Context) => organisation(row.ownerOrg, context),
  proposedBy: (row: EntryRow, _: unknown, context: Context) => (row.draftOrg !== row.ownerOrg ? organisation(row.draftOrg, context) : null),
});

export const FacilityEntry = { ...entry('facility'), published: (row: EntryRow, _: unknown, { loaders }: Context) => loaders.facility.load(row.entityId) };
export const OrganisationEntry = {
  ...entry('organisation'),
  published: (row: EntryRow, _: unknown, { loaders }: Context) => loaders.organisation.load(row.entityId),
};

export const Revision = revisionFields;
export const Editor = {
  ...editorFields,
  organisation: (editor: { organisation: string | null }, _: unknown, context: Context) => organisation(editor.organisation, context),
};
export const ProblemReport = problemReportFields;

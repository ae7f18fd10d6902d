/** Curation of standards: mutations, curator queries, entry and revision fields. */
import { curationOperations, editorFields, entryFields, revisionFields, type EntryRow } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';

const operations = curationOperations('Standard', (c: Context) => c.stores.curation.standard);

export const CurationMutation = operations.Mutation;
export const CurationQuery = operations.Query;

export const StandardEntry = {
  ...entryFields<Context>((context, row) => context.loaders.history.load(row.entityId)),
  published: (row: EntryRow, _: unknown, { loaders }: Context) => loaders.standard.load(row.entityId),
};

export const Revision = revisionFields;
export const Editor = editorFields;

/** Curation of standards: mutations, curator queries, entry and revision fields. */
import { curationOperations, editorFields, entryFields, revisionFields } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';
import type { EditorResolvers, MutationResolvers, QueryResolvers, RevisionResolvers, StandardEntryResolvers } from './types.generated.ts';

const operations = curationOperations('Standard', (c: Context) => c.stores.curation.standard);

export const CurationMutation: MutationResolvers = operations.Mutation;
export const CurationQuery: QueryResolvers = operations.Query;

export const StandardEntry: StandardEntryResolvers = {
  ...entryFields<Context>((context, row) => context.loaders.history.load(row.entityId)),
  published: (row, _, { loaders }) => loaders.standard.load(row.entityId),
};

export const Revision: RevisionResolvers = revisionFields;
export const Editor: EditorResolvers = editorFields;

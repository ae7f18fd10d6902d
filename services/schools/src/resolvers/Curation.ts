/** Curation of offerings and advice: mutations, curator queries, entry and revision fields. */
import { slugify, curationOperations, editorFields, entryFields, revisionFields } from '@edu-catalogus/kit/curation';
import { adviceId } from '@edu-catalogus/seeds';
import type { Context } from '../context.ts';
import type { AdviceEntryResolvers, EditorResolvers, MutationResolvers, OfferingEntryResolvers, QueryResolvers, RevisionResolvers } from './types.generated.ts';

const offerings = curationOperations('Offering', (c: Context) => c.stores.curation.offering, {
  idOf: (input) => (typeof input.id === 'string' ? input.id : slugify(`${input.provider}-${input.tool}`)),
});
// Advice is keyed by its pair; the content schema and `checkId` rule on it.
const advice = curationOperations('Advice', (c: Context) => c.stores.curation.advice, {
  idOf: (input) => adviceId(String(input.product), String(input.sector)),
  slugIds: false,
});

export const CurationMutation: MutationResolvers = { ...offerings.Mutation, ...advice.Mutation };
export const CurationQuery: QueryResolvers = { ...offerings.Query, ...advice.Query };

export const OfferingEntry: OfferingEntryResolvers = {
  ...entryFields<Context>((context, row) => context.loaders.offeringHistory.load(row.entityId)),
  published: (row, _, { loaders }) => loaders.offering.load(row.entityId),
};

export const AdviceEntry: AdviceEntryResolvers = {
  ...entryFields<Context>((context, row) => context.loaders.adviceHistory.load(row.entityId)),
  published: (row, _, { loaders }) => loaders.advice.load(row.entityId),
};

export const Revision: RevisionResolvers = revisionFields;
export const Editor: EditorResolvers = editorFields;

/** Curation of offerings and advice: mutations, curator queries, entry and revision fields. */
import { slugify, curationOperations, editorFields, entryFields, type EntryRow, revisionFields } from '@edu-catalogus/kit/curation';
import { adviceId } from '@edu-catalogus/seeds';
import type { Context } from '../context.ts';

const offerings = curationOperations('Offering', (c: Context) => c.stores.curation.offering, {
  idOf: (input) => (typeof input.id === 'string' ? input.id : slugify(`${input.provider}-${input.tool}`)),
});
// Advice is keyed by its pair; the content schema and `checkId` rule on it.
const advice = curationOperations('Advice', (c: Context) => c.stores.curation.advice, {
  idOf: (input) => adviceId(String(input.product), String(input.sector)),
  slugIds: false,
});

export const CurationMutation = { ...offerings.Mutation, ...advice.Mutation };
export const CurationQuery = { ...offerings.Query, ...advice.Query };

export const OfferingEntry = {
  ...entryFields<Context>((context, row) => context.loaders.offeringHistory.load(row.entityId)),
  published: (row: EntryRow, _: unknown, { loaders }: Context) => loaders.offering.load(row.entityId),
};

export const AdviceEntry = {
  ...entryFields<Context>((context, row) => context.loaders.adviceHistory.load(row.entityId)),
  published: (row: EntryRow, _: unknown, { loaders }: Context) => loaders.advice.load(row.entityId),
};

export const Revision = revisionFields;
export const Editor = editorFields;

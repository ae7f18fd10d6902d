/** Curation of the tools subgraph's entities: mutations, curator queries, entry and revision fields. */
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
import { alternativeId, parseAlternativeId } from '../curation/content.ts';

type Curated = keyof Context['stores']['curation'];

const operations = [
  curationOperations('Tool', (c: Context) => c.stores.curation.tool),
  curationOperations('Product', (c: Context) => c.stores.curation.product),
  curationOperations('Category', (c: Context) => c.stores.curation.category),
  // An alternative's id is made of its pair; the content schema checks both are slugs.
  curationOperations('Alternative', (c: Context) => c.stores.curation.alternative, {
    idOf: (input) => alternativeId(input as { tool: string; product: string }),
    slugIds: false,
  }),
];

// "Meld een fout": public reports on entry pages, resolved by curators of known organisations.
const reports = reportOperations(['Tool', 'Product'], {
  reports: (c: Context) => c.stores.reports,
  curator: (c: Context, identity) => c.stores.curation.tool.curator(identity),
});

export const CurationMutation = Object.assign({}, ...operations.map((o) => o.Mutation), reports.Mutation);
export const CurationQuery = Object.assign({}, ...operations.map((o) => o.Query), reports.Query);

const entry = (type: Curated) => entryFields<Context>((context, row) => context.loaders.history(type).load(row.entityId));

export const ToolEntry = { ...entry('tool'), published: (row: EntryRow, _: unknown, { loaders }: Context) => loaders.tool.load(row.entityId) };
export const ProductEntry = { ...entry('product'), published: (row: EntryRow, _: unknown, { loaders }: Context) => loaders.product.load(row.entityId) };
export const CategoryEntry = { ...entry('category'), published: (row: EntryRow, _: unknown, { loaders }: Context) => loaders.category.load(row.entityId) };
export const AlternativeEntry = {
  ...entry('alternative'),
  published: async (row: EntryRow, _: unknown, { loaders }: Context) => {
    const key = parseAlternativeId(row.entityId);
    if (!key || row.status !== 'PUBLISHED') return null;
    return (await loaders.replaces.load(key.tool)).find((a) => a.productId === key.product) ?? null;
  },
};

export const Revision = revisionFields;
export const Editor = editorFields;
export const ProblemReport = problemReportFields;

/** Curation of the tools subgraph's entities: mutations, curator queries, entry and revision fields. */
import { curationOperations, editorFields, problemReportFields, reportOperations, entryFields, revisionFields } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';
import { alternativeId, parseAlternativeId } from '../curation/adapters.ts';
import type {
  AlternativeEntryResolvers,
  CategoryEntryResolvers,
  EditorResolvers,
  MutationResolvers,
  ProductEntryResolvers,
  QueryResolvers,
  RevisionResolvers,
  ToolEntryResolvers,
} from './types.generated.ts';

type Curated = keyof Context['stores']['curation'];

const tool = curationOperations('Tool', (c: Context) => c.stores.curation.tool);
const product = curationOperations('Product', (c: Context) => c.stores.curation.product);
const category = curationOperations('Category', (c: Context) => c.stores.curation.category);
// An alternative's id is made of its pair; the content schema checks both are slugs.
const alternative = curationOperations('Alternative', (c: Context) => c.stores.curation.alternative, {
  idOf: (input) => alternativeId(input as { tool: string; product: string }),
  slugIds: false,
});

// "Meld een fout": public reports on entry pages, resolved by curators of known organisations.
const reports = reportOperations(['Tool', 'Product'], {
  reports: (c: Context) => c.stores.reports,
  curator: (c: Context, identity) => c.stores.curation.tool.curator(identity),
});

export const CurationMutation: MutationResolvers = {
  ...tool.Mutation,
  ...product.Mutation,
  ...category.Mutation,
  ...alternative.Mutation,
  ...reports.Mutation,
};
export const CurationQuery: QueryResolvers = { ...tool.Query, ...product.Query, ...category.Query, ...alternative.Query, ...reports.Query };

const entry = (type: Curated) => entryFields<Context>((context, row) => context.loaders.history(type).load(row.entityId));

export const ToolEntry: ToolEntryResolvers = { ...entry('tool'), published: (row, _, { loaders }) => loaders.tool.load(row.entityId) };
export const ProductEntry: ProductEntryResolvers = { ...entry('product'), published: (row, _, { loaders }) => loaders.product.load(row.entityId) };
export const CategoryEntry: CategoryEntryResolvers = { ...entry('category'), published: (row, _, { loaders }) => loaders.category.load(row.entityId) };
export const AlternativeEntry: AlternativeEntryResolvers = {
  ...entry('alternative'),
  published: async (row, _, { loaders }) => {
    const key = parseAlternativeId(row.entityId);
    if (!key || row.status !== 'PUBLISHED') return null;
    return (await loaders.replaces.load(key.tool)).find((a) => a.productId === key.product) ?? null;
  },
};

export const Revision: RevisionResolvers = revisionFields;
export const Editor: EditorResolvers = editorFields;
export const ProblemReport = problemReportFields;

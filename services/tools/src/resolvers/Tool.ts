/** Tool fields that are not plain columns: facets, licence shape, cross-subgraph references. */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { CategoryRow } from '../store/tables.ts';
import type { ToolResolvers } from './types.generated.ts';

const refs = (typename: string, ids: string[]) => ids.map((id) => ({ __typename: typename, id }));

export const Tool: ToolResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.tool.load(ref.id),
  entryStatus: (tool) => tool.status,
  license: (tool) => ({ ...tool.license, osiApproved: tool.licenseOsiApproved }),
  categories: async (tool, _, { loaders }) => {
    const ids = await loaders.values('category').load(tool.id);
    return (await loaders.category.loadMany(ids)).filter((c): c is CategoryRow => c !== null && !(c instanceof Error));
  },
  platforms: (tool, _, { loaders }) => loaders.values('platform').load(tool.id),
  sectors: (tool, _, { loaders }) => loaders.values('sector').load(tool.id),
  hosting: (tool, _, { loaders }) => loaders.values('hosting').load(tool.id),
  languages: (tool, _, { loaders }) => loaders.values('language').load(tool.id),
  replaces: (tool, _, { loaders }) => loaders.replaces.load(tool.id),
  // One tool page asks for it; not batched.
  archivedReplaces: (tool, _, { stores }) => stores.alternatives.archivedProductsOf(tool.id),
  standards: async (tool, _, { loaders }) => refs('Standard', await loaders.values('standard').load(tool.id)),
  facilities: async (tool, _, { loaders }) => refs('Facility', await loaders.values('facility').load(tool.id)),
  history: async (tool, _, { loaders, stores, identity }) =>
    visibleHistory(stores.curation.tool, identity, tool.id, await loaders.history('tool').load(tool.id)),
  curatedBy: (tool) => (tool.curatedBy ? { __typename: 'Organisation', id: tool.curatedBy } : null),
};

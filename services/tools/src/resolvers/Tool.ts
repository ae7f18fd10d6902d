/** Tool fields that are not plain columns: facets, licence shape, cross-subgraph references. */
import { visibleHistory } from '@edu-catalogus/kit/curation';
import type { Context } from '../context.ts';
import type { ToolRow } from '../store/tables.ts';

const refs = (typename: string, ids: string[]) => ids.map((id) => ({ __typename: typename, id }));

export const Tool = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.tool.load(ref.id),
  entryStatus: (tool: ToolRow) => tool.status,
  license: (tool: ToolRow) => ({ ...tool.license, osiApproved: tool.licenseOsiApproved }),
  categories: async (tool: ToolRow, _: unknown, { loaders }: Context) => {
    const ids = await loaders.values('category').load(tool.id);
    return (await loaders.category.loadMany(ids)).filter((c) => c !== null && !(c instanceof Error));
  },
  platforms: (tool: ToolRow, _: unknown, { loaders }: Context) => loaders.values('platform').load(tool.id),
  sectors: (tool: ToolRow, _: unknown, { loaders }: Context) => loaders.values('sector').load(tool.id),
  hosting: (tool: ToolRow, _: unknown, { loaders }: Context) => loaders.values('hosting').load(tool.id),
  languages: (tool: ToolRow, _: unknown, { loaders }: Context) => loaders.values('language').load(tool.id),
  replaces: (tool: ToolRow, _: unknown, { loaders }: Context) => loaders.replaces.load(tool.id),
  standards: async (tool: ToolRow, _: unknown, { loaders }: Context) => refs('Standard', await loaders.values('standard').load(tool.id)),
  facilities: async (tool: ToolRow, _: unknown, { loaders }: Context) => refs('Facility', await loaders.values('facility').load(tool.id)),
  history: async (tool: ToolRow, _: unknown, { loaders, stores, identity }: Context) =>
    visibleHistory(stores.curation.tool, identity, tool.id, await loaders.history('tool').load(tool.id)),
  curatedBy: (tool: ToolRow) => (tool.curatedBy ? { __typename: 'Organisation', id: tool.curatedBy } : null),
};

/** Entities of other subgraphs to which this subgraph contributes tool lists. */
import type { Context } from '../context.ts';
import type { ToolDimension } from '../store/search/facets.ts';
import type { ToolRow } from '../store/tables.ts';
import type { FacilityResolvers, OrganisationResolvers, StandardResolvers } from './types.generated.ts';

const self = (ref: { id: string }) => ref;

/** The published tools having `value` on `dimension`, each row read once per request (the `tool` loader). */
async function toolsWith(dimension: ToolDimension, value: string, { loaders }: Context): Promise<ToolRow[]> {
  const rows = await loaders.tool.loadMany(await loaders.toolIdsWith(dimension).load(value));
  return rows.filter((row): row is ToolRow => row !== null && !(row instanceof Error));
}

export const Standard: StandardResolvers = {
  __resolveReference: self,
  implementedBy: (ref, _, context) => toolsWith('standard', ref.id, context),
};

export const Facility: FacilityResolvers = {
  __resolveReference: self,
  compatibleTools: (ref, _, context) => toolsWith('facility', ref.id, context),
};

export const Organisation: OrganisationResolvers = {
  __resolveReference: self,
  curatedTools: (ref, _, { loaders }) => loaders.curatedTools.load(ref.id),
};

/** Entities of other subgraphs to which this subgraph contributes tool lists. */
import type { Context } from '../context.ts';

const self = (ref: { id: string }) => ref;

export const Standard = {
  __resolveReference: self,
  implementedBy: (ref: { id: string }, _: unknown, { loaders }: Context) => loaders.toolsWith('standard').load(ref.id),
};

export const Facility = {
  __resolveReference: self,
  compatibleTools: (ref: { id: string }, _: unknown, { loaders }: Context) => loaders.toolsWith('facility').load(ref.id),
};

export const Organisation = {
  __resolveReference: self,
  curatedTools: (ref: { id: string }, _: unknown, { loaders }: Context) => loaders.curatedTools.load(ref.id),
};

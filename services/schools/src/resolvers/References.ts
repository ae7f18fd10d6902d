/** Fields this subgraph contributes to other subgraphs' entities: Tool.offerings, Tool.usage, Organisation.offerings, Product.advice. */
import { adviceId } from '@edu-catalogus/seeds';
import type { OrganisationResolvers, ProductResolvers, ToolResolvers } from './types.generated.ts';

export const Tool: ToolResolvers = {
  __resolveReference: (ref) => ref,
  offerings: (ref, _, { loaders }) => loaders.offeringsOfTool.load(ref.id),
  usage: (ref, _, { loaders }) => loaders.usageOfTool.load(ref.id),
};

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref) => ref,
  offerings: (ref, _, { loaders }) => loaders.offeringsOfProvider.load(ref.id),
};

export const Product: ProductResolvers = {
  __resolveReference: (ref) => ref,
  advice: (ref, { sector }, { loaders }) => loaders.advice.load(adviceId(ref.id, sector)),
};

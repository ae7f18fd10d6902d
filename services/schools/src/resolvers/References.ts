/** Fields this subgraph contributes to other subgraphs' entities: Tool.offerings, Tool.usage, Organisation.offerings, Product.advice. */
import { adviceId } from '@edu-catalogus/seeds';
import type { Context } from '../context.ts';

type Ref = { id: string };

export const Tool = {
  __resolveReference: (ref: Ref) => ref,
  offerings: (ref: Ref, _: unknown, { loaders }: Context) => loaders.offeringsOfTool.load(ref.id),
  usage: (ref: Ref, _: unknown, { loaders }: Context) => loaders.usageOfTool.load(ref.id),
};

export const Organisation = {
  __resolveReference: (ref: Ref) => ref,
  offerings: (ref: Ref, _: unknown, { loaders }: Context) => loaders.offeringsOfProvider.load(ref.id),
};

export const Product = {
  __resolveReference: (ref: Ref) => ref,
  advice: (ref: Ref, { sector }: { sector: string }, { loaders }: Context) => loaders.advice.load(adviceId(ref.id, sector)),
};

/** Root queries of the schools subgraph. */
import { adviceId } from '@edu-catalogus/seeds';
import type { Context } from '../context.ts';

export const Query = {
  offering: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.offering.load(id),
  advice: (_: unknown, { product, sector }: { product: string; sector: string }, { loaders }: Context) => loaders.advice.load(adviceId(product, sector)),
};

/** An alternative links a tool and a product; either side may already be loaded with it. */
import { existing } from '@edu-catalogus/kit/data';
import type { AlternativeRow, ToolRow } from '../store/tables.ts';
import type { AlternativeResolvers } from './types.generated.ts';

export const Alternative: AlternativeResolvers = {
  tool: (alt: AlternativeRow & { tool?: ToolRow }, _, { loaders }) => alt.tool ?? existing(loaders.tool.load(alt.toolId), `tool ${alt.toolId}`),
  product: (alt, _, { loaders }) => existing(loaders.product.load(alt.productId), `product ${alt.productId}`),
  reviewedBy: (alt) => (alt.reviewedBy ? { __typename: 'Organisation', id: alt.reviewedBy } : null),
};

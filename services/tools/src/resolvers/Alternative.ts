/** An alternative links a tool and a product; either side may already be loaded with it. */
import type { Context } from '../context.ts';
import type { AlternativeRow, ToolRow } from '../store/tables.ts';

type AlternativeParent = AlternativeRow & { tool?: ToolRow };

export const Alternative = {
  tool: (alt: AlternativeParent, _: unknown, { loaders }: Context) => alt.tool ?? loaders.tool.load(alt.toolId),
  product: (alt: AlternativeParent, _: unknown, { loaders }: Context) => loaders.product.load(alt.productId),
  reviewedBy: (alt: AlternativeParent) => (alt.reviewedBy ? { __typename: 'Organisation', id: alt.reviewedBy } : null),
};

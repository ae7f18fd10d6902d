/** Categories store their name as two columns; the API shows one localised text. */
import type { CategoryResolvers } from './types.generated.ts';

export const Category: CategoryResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.category.load(ref.id),
  name: (category) => ({ nl: category.nameNl, en: category.nameEn }),
};

/** Categories store their name as two columns; the API shows one localised text. */
import type { Context } from '../context.ts';
import type { CategoryRow } from '../store/tables.ts';

export const Category = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.category.load(ref.id),
  name: (category: CategoryRow) => ({ nl: category.nameNl, en: category.nameEn }),
};

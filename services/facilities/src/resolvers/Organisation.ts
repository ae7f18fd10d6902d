/** Organisation fields: the facilities it operates. */
import type { Context } from '../context.ts';
import type { OrganisationRow } from '../store/tables.ts';

export const Organisation = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.organisation.load(ref.id),
  facilities: (organisation: OrganisationRow, _: unknown, { loaders }: Context) => loaders.operated.load(organisation.id),
};

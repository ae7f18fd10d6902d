/** The resolver map of the facilities subgraph. */
import { Facility } from './Facility.ts';
import { Organisation } from './Organisation.ts';
import { Query } from './Query.ts';
import { Standard } from './Standard.ts';

export const resolvers = { Query, Facility, Organisation, Standard };

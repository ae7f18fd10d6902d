/** The resolver map of the standards subgraph. */
import { Organisation } from './Organisation.ts';
import { Query } from './Query.ts';
import { Standard, StandardVersion } from './Standard.ts';

export const resolvers = { Query, Standard, StandardVersion, Organisation };

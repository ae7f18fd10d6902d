/** The resolver map of the schools subgraph. */
import { DateTimeScalar, Uncertainty } from '@edu-catalogus/kit';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { Offering } from './Offering.ts';
import { Query } from './Query.ts';

export const resolvers = { Query, Offering, Uncertainty, JSON: JSONScalar, DateTime: DateTimeScalar };

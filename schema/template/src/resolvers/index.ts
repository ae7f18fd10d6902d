/** The resolver map of the __name__ subgraph. */
import { DateTimeScalar, Uncertainty } from '@edu-catalogus/kit/data';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { __Entity__ } from './__Entity__.ts';
import { Query } from './Query.ts';

export const resolvers = { Query, __Entity__, Uncertainty, JSON: JSONScalar, DateTime: DateTimeScalar };

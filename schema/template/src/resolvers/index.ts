/** The resolver map of the __name__ subgraph, checked against the generated `Resolvers` of its SDL. */
import { DateTimeScalar, Uncertainty } from '@edu-catalogus/kit/data';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { __Entity__ } from './__Entity__.ts';
import { Query } from './Query.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = { Query, __Entity__, Uncertainty, JSON: JSONScalar, DateTime: DateTimeScalar };

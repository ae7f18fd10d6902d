/** Process entry of the schools subgraph. */
import { runSubgraph } from '@edu-catalogus/kit/subgraph';
import { definition } from './definition.ts';

runSubgraph(definition);

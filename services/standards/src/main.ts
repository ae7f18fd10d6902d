/** Process entry of the standards subgraph. */
import { runSubgraph } from '@edu-catalogus/kit/subgraph';
import { definition } from './definition.ts';

runSubgraph(definition);

/** Process entry of the facilities subgraph. */
import { runSubgraph } from '@edu-catalogus/kit/subgraph';
import { definition } from './definition.ts';

runSubgraph(definition);

/** Process entry of the __name__ subgraph. */
import { runSubgraph } from '@edu-catalogus/kit/subgraph';
import { definition } from './definition.ts';

runSubgraph(definition);

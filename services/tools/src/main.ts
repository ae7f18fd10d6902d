/** Process entry of the tools subgraph. */
import { runSubgraph } from '@edu-catalogus/kit/subgraph';
import { definition } from './definition.ts';

runSubgraph(definition);

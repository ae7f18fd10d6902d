/** Process entry of the standards subgraph. */
import { runSubgraph } from '@edu-catalogus/kit';
import { definition } from './definition.ts';

runSubgraph(definition);

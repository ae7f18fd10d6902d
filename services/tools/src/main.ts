/** Process entry of the tools subgraph. */
import { runSubgraph } from '@edu-catalogus/kit';
import { definition } from './definition.ts';

runSubgraph(definition);

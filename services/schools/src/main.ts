/** Process entry of the schools subgraph. */
import { runSubgraph } from '@edu-catalogus/kit';
import { definition } from './definition.ts';

runSubgraph(definition);

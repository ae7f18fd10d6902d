/** Process entry of the tools subgraph. */
import { runSubgraph } from '@edu-catalogus/kit';
import { definition } from './server.ts';

runSubgraph(definition);

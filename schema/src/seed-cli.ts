/** `npm run seed`: (re)loads the seed files into every registry subgraph's database; safe to run again. */
import { reseedSubgraph } from '@edu-catalogus/kit/subgraph';
import { subgraphs } from './registry.ts';

for (const def of subgraphs) await reseedSubgraph(def);

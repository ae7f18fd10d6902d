/** `npm run seed`: (re)loads the seed files into the facilities database; safe to run again. */
import { reseedSubgraph } from '@edu-catalogus/kit';
import { definition } from './server.ts';

reseedSubgraph(definition);

/**
 * THE list of subgraphs. Composition, `npm start`, `npm run seed`, the whole-stack tests and the README's
 * table of subgraphs all derive from it. Adding a subgraph: one folder under services/ and one line here.
 */
import { definition as facilities } from '@edu-catalogus/facilities/definition';
import type { SubgraphDefinition } from '@edu-catalogus/kit/subgraph';
import { definition as schools } from '@edu-catalogus/schools/definition';
import { definition as standards } from '@edu-catalogus/standards/definition';
import { definition as tools } from '@edu-catalogus/tools/definition';

/** In this order: the change feed breaks ties of time by it, and its cursor lists positions in it. */
export const subgraphs: readonly SubgraphDefinition[] = [tools, facilities, standards, schools];

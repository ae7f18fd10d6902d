/** `npm run compose`: regenerates schema/supergraph.graphql from the subgraph SDLs. */
import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './index.ts';

try {
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  console.log(`wrote ${SUPERGRAPH_FILE}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

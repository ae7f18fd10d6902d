/** `npm run compose`: regenerates schema/supergraph.graphql and schema/subgraphs.json from the registry. */
import { writeFileSync } from 'node:fs';
import { composeManifest, composeSupergraph } from './compose.ts';
import { MANIFEST_FILE, SUPERGRAPH_FILE } from './index.ts';

try {
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  writeFileSync(MANIFEST_FILE, composeManifest());
  console.log(`wrote ${SUPERGRAPH_FILE} and ${MANIFEST_FILE}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

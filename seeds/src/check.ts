/** `npm run check -w seeds`: validates every seed file and prints the counts. */
import { loadCatalogue, SeedError } from './load.ts';

try {
  const c = loadCatalogue();
  const counts = Object.entries(c).map(([kind, list]) => `${kind}: ${(list as unknown[]).length}`);
  console.log(`seeds are valid — ${counts.join(', ')}`);
} catch (error) {
  console.error(error instanceof SeedError ? error.message : error);
  process.exit(1);
}

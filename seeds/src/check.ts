/**
 * `npm run check -w seeds`: validates every seed file (refusing bad data, naming file and field),
 * then prints the coverage table. `--list` also names the entries each check fails for.
 */
import { coverage, formatCoverage } from './coverage.ts';
import { loadCatalogue, SeedError } from './load.ts';

try {
  const c = loadCatalogue();
  const rows = coverage(c);
  console.log(`seeds are valid\n\n${formatCoverage(c, rows)}`);
  if (process.argv.includes('--list')) {
    for (const row of rows.filter((r) => r.ids.length > 0)) console.log(`\n${row.check}:\n  ${row.ids.join(', ')}`);
  }
} catch (error) {
  console.error(error instanceof SeedError ? error.message : error);
  process.exit(1);
}

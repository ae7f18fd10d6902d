/** `npm run test:crash -- --kills 200`: the crash drill with as many kills as asked (npm test runs 20). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCrashDrill } from '../src/crash-drill.ts';

const at = process.argv.indexOf('--kills');
const kills = at > 0 ? Number(process.argv[at + 1]) : 200;
if (!Number.isInteger(kills) || kills < 1) {
  console.error('usage: npm run test:crash -- --kills <n>');
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'edu-crash-'));
try {
  const result = await runCrashDrill({ dir, kills });
  console.log(`${result.kills} kills, ${result.acknowledged} entries with acknowledged writes, ${result.problems.length} problems`);
  for (const problem of result.problems) console.log(`  ${problem}`);
  process.exitCode = result.problems.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

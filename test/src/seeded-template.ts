/**
 * vitest globalSetup: seeds every registry subgraph's database once per run into a template folder
 * (src/seed-template.ts), so each whole stack (src/stack.ts) copies finished files instead of seeding four
 * databases again (the tools subgraph's search index most of all). A copy is what seeding the same
 * catalogue writes; tests that seed on purpose (their own DATA_DIR, `npm start`, reseed) still do.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The variable naming the template folder; set here, read by src/stack.ts in the test workers. */
export const SEEDED_TEMPLATE_VARIABLE = 'EDU_CATALOGUS_SEEDED_TEMPLATE';

export default function seedTemplate(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-template-'));
  execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'seed-template.ts'), dir], { stdio: 'inherit' });
  process.env[SEEDED_TEMPLATE_VARIABLE] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

/**
 * vitest globalSetup: seeds every registry subgraph's database once per run (src/seed-template.ts), so each
 * whole stack (src/stack.ts) copies a finished catalogue instead of seeding four databases again (the tools
 * subgraph's search index most of all): SQLite database files into a template folder, and for the `postgres`
 * project a stopped PostgreSQL server's data directory that each stack's server starts from a copy of. A copy
 * is what seeding the same catalogue writes; tests that seed on purpose (their own DATA_DIR, `npm start`,
 * reseed, empty stacks) still do.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** The variables naming the templates; set here, read by src/stack.ts in the test workers. */
export const SEEDED_TEMPLATE_VARIABLE = 'EDU_CATALOGUS_SEEDED_TEMPLATE';
export const POSTGRES_TEMPLATE_VARIABLE = 'EDU_CATALOGUS_POSTGRES_TEMPLATE';

const seed = (dir: string, store: 'sqlite' | 'postgres') =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'seed-template.ts'), dir, store]);

/** Seeds both templates, sets the variables, and answers the cleanup. */
async function seedTemplates(): Promise<() => void> {
  const sqlite = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-template-'));
  const postgres = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-pg-seeded-'));
  // Both at once: each is mostly one process's thread.
  await Promise.all([seed(sqlite, 'sqlite'), seed(postgres, 'postgres')]);
  const postgresData = readFileSync(path.join(postgres, 'postgres-data'), 'utf8');
  process.env[SEEDED_TEMPLATE_VARIABLE] = sqlite;
  process.env[POSTGRES_TEMPLATE_VARIABLE] = postgresData;
  return () => {
    rmSync(sqlite, { recursive: true, force: true });
    rmSync(postgres, { recursive: true, force: true });
    rmSync(path.dirname(postgresData), { recursive: true, force: true });
  };
}

/**
 * vitest runs a globalSetup once for the root config and once for each project that extends it, all in its main
 * process: the first call seeds, the others share its templates (the first one's teardown removes them).
 */
const SEEDING = Symbol.for('edu-catalogus.seeded-templates');
export default async function sharedSeedTemplates(): Promise<() => void> {
  const shared = globalThis as { [SEEDING]?: Promise<() => void> };
  if (shared[SEEDING]) {
    await shared[SEEDING];
    return () => {};
  }
  shared[SEEDING] = seedTemplates();
  return shared[SEEDING];
}

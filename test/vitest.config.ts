/**
 * Vite would resolve `graphql` in our TypeScript to its ESM build while Node, and so Hive Gateway,
 * loads the CommonJS one: two GraphQLError and schema classes, and graphql's realm checks throw.
 * Tests use the build Node loads, as production does.
 */
import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';
import { SlowestFirst } from './src/sequencer.ts';

// The whole-stack files where the store answers: writes and the rules the database keeps, search and its
// relevance, the feed, request nonces, idempotency keys, webhook tables and paged exports (the others run on
// SQLite only: see docs/postgresql.md, 'Where issue 17 stands').
const POSTGRES_FILES = [
  'federation',
  'curation',
  'curation-rules',
  'curation-others',
  'changes',
  'schools',
  'school-usage',
  'hostile',
  'permissions',
  'idempotency',
  'signing',
  'webhooks',
  'fresh-caches',
  'exports',
  'web-search-pages',
  'web-school',
  'search-relevance',
].map((name) => `test/${name}.test.ts`);

// What only SQLite has: DATA_DIR's database files, copied by `npm run backup` (PostgreSQL's pg_dump is
// services/ops/test/pg-backup.test.ts), and prebuilt catalogue files a stack serves instead of seeding.
const SQLITE_ONLY = ['backup', 'web-feeds-many'].map((name) => `test/${name}.test.ts`);

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  // Each file starts a whole stack; on a loaded 2-core CI machine that can take seconds, not a hang.
  // Installs Debian's chromium for the browser tests when missing and possible (src/ensure-chromium.ts),
  // and seeds the databases once for every stack of the run (src/seeded-template.ts).
  test: {
    hookTimeout: 60_000,
    testTimeout: 60_000,
    globalSetup: ['./src/ensure-chromium.ts', './src/seeded-template.ts'],
    // A worker keeps the modules it loaded from one file to the next: the stack's imports (Hive Gateway,
    // Apollo, drizzle, playwright ...) cost ~3 s per file when every file had a fresh process. Files keep
    // no module state of their own; kit's file-environment.ts puts back the `process.env` a file changed.
    isolate: false,
    setupFiles: ['@edu-catalogus/kit/file-environment'],
    // Two files at a time (TEST_WORKERS=n for n): a stack is mostly one busy thread, so one file alone
    // leaves the second core of a 2-core CI machine idle. Slowest files first (src/sequencer.ts).
    maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
    sequence: { sequencer: SlowestFirst },
    // The whole-stack files of POSTGRES_FILES run twice: on SQLite (every file) and with every subgraph
    // serving from one throwaway PostgreSQL (src/stack.ts reads STACK_STORE). Replicas and crash-postgres
    // start their PostgreSQL stacks themselves.
    projects: [
      { extends: true, test: { name: 'sqlite', env: { STACK_STORE: 'sqlite' } } },
      // POSTGRES_EVERY_FILE=1 puts every whole-stack file in it but those of SQLITE_ONLY (13 minutes more; docs/postgresql.md).
      {
        extends: true,
        test: {
          name: 'postgres',
          include: process.env.POSTGRES_EVERY_FILE ? ['test/**/*.test.ts'] : POSTGRES_FILES,
          exclude: [...configDefaults.exclude, ...SQLITE_ONLY],
          env: { STACK_STORE: 'postgres' },
        },
      },
    ],
  },
});

/**
 * Vite would resolve `graphql` in our TypeScript to its ESM build while Node, and so Hive Gateway,
 * loads the CommonJS one: two GraphQLError and schema classes, and graphql's realm checks throw.
 * Tests use the build Node loads, as production does.
 */
import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';
import { SlowestFirst } from './src/sequencer.ts';

// The `postgres` project runs every whole-stack file again with the stack on PostgreSQL, but these (reasons in
// docs/postgresql.md, 'Which whole-stack files run on PostgreSQL').
// Cannot: they serve DATA_DIR's SQLite files (copied by `npm run backup`; prebuilt catalogue files instead of seeding).
const SQLITE_ONLY = ['backup', 'web-feeds-many'];
// Left out of `npm test`; POSTGRES_EVERY_FILE=1 runs them on PostgreSQL too (about 7 minutes more):
const NOT_ON_POSTGRES = {
  // Their subject is SQLite's files: a failing disk, `npm run seed` on DATA_DIR, the SIGKILL drills of SQLite writers.
  // PostgreSQL's counterparts: crash-postgres (SIGKILL during writes, outbox included), the workspaces' seeding tests.
  sqliteSubject: ['read-only-disk', 'reseed', 'crash', 'outbox-crash'],
  // The store is not what they test: processes, start-up and shutdown, the dependency and source rules; the gateway's
  // own HTTP behaviour (conformance, limits, abort listeners, tokens, trusted documents, GraphiQL, slow clients, a
  // subgraph that fails) and the web's (sign-in, proxies, escaping, every page type's markup and layout in a browser:
  // axe, script weight, no sideways scrolling); or they start their own PostgreSQL whichever
  // the project (replicas, crash-postgres).
  storeFree: [
    'startup-failures',
    'light-processes',
    'new-subgraph',
    'supervisor',
    'shutdown',
    'dependency-rules',
    'licenses',
    'source-lines',
    'shared-migrations',
    'conformance',
    'abort-listeners',
    'tokens',
    'trusted-documents',
    'graphiql',
    'slow-clients',
    'resilience',
    'site-key',
    'web-oidc',
    'web-trust',
    'web-page-types',
    'hostile-web',
    'replicas',
    'crash-postgres',
  ],
  // Long browser walks and the bulk import of the whole dump (20 s to 2 min each on PostgreSQL in a full run): what they
  // read and write on the store runs on PostgreSQL in other files (web-pages, web-curator-*, web-reports, web-school over
  // HTTP; the curation files; dump-roundtrip and import run the importer there). With them, a fresh-clone `npm test`
  // took 16 min 7 s on 2026-12-02 (docs/postgresql.md).
  tooLong: ['web-browser', 'web-curator', 'web-reports-browser', 'web-school-browser', 'web-phone', 'dump-import-empty'],
};
const NOT_ON_POSTGRES_FILES = [...SQLITE_ONLY, ...(process.env.POSTGRES_EVERY_FILE === '1' ? [] : Object.values(NOT_ON_POSTGRES).flat())].map(
  (name) => `test/${name}.test.ts`,
);

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
    // The whole-stack files run twice: on SQLite (every file) and, but NOT_ON_POSTGRES, with every subgraph
    // serving from one throwaway PostgreSQL (src/stack.ts reads STACK_STORE).
    projects: [
      { extends: true, test: { name: 'sqlite', env: { STACK_STORE: 'sqlite' } } },
      {
        extends: true,
        test: {
          name: 'postgres',
          exclude: [...configDefaults.exclude, ...NOT_ON_POSTGRES_FILES],
          env: { STACK_STORE: 'postgres' },
        },
      },
    ],
  },
});

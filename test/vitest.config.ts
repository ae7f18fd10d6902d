/**
 * Vite would resolve `graphql` in our TypeScript to its ESM build while Node, and so Hive Gateway,
 * loads the CommonJS one: two GraphQLError and schema classes, and graphql's realm checks throw.
 * Tests use the build Node loads, as production does.
 */
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  // Each file starts a whole stack; on a loaded 2-core CI machine that can take seconds, not a hang.
  // Installs Debian's chromium for the browser tests when missing and possible (src/ensure-chromium.ts),
  // and seeds the databases once for every stack of the run (src/seeded-template.ts).
  // Files run one at a time on 2 cores (vitest's default); TEST_WORKERS=2 runs two, which failed 16 timing
  // tests (deadlines, browser waits) at a load average of 20 and is not the default.
  test: {
    hookTimeout: 60_000,
    testTimeout: 60_000,
    globalSetup: ['./src/ensure-chromium.ts', './src/seeded-template.ts'],
    ...(process.env.TEST_WORKERS ? { maxWorkers: Number(process.env.TEST_WORKERS) } : {}),
  },
});

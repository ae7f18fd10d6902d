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
  // Two files at a time (vitest's default on 2 cores is one): much of a file's time is spent waiting on
  // child processes, browsers and timers. TEST_WORKERS overrides it.
  test: {
    hookTimeout: 60_000,
    testTimeout: 60_000,
    globalSetup: ['./src/ensure-chromium.ts', './src/seeded-template.ts'],
    maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
  },
});

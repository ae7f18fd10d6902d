/**
 * Vite would resolve `graphql` in our TypeScript to its ESM build while Node, and so Hive Gateway,
 * loads the CommonJS one: two GraphQLError and schema classes, and graphql's realm checks throw.
 * Tests use the build Node loads, as production does. isolate: false: a worker keeps its modules from one file to the next.
 */
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: { isolate: false, setupFiles: ['@edu-catalogus/kit/file-environment'] },
});

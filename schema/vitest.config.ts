/**
 * The template's test only runs once `npm run new-subgraph` has filled in its placeholders (in services/<name>/).
 * isolate: false: a worker keeps the modules it loaded from one file to the next, as in every workspace.
 */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'template/**'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
    isolate: false,
    setupFiles: ['@edu-catalogus/kit/file-environment'],
  },
});

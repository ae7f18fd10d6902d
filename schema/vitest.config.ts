/** The template's test only runs once `npm run new-subgraph` has filled in its placeholders (in services/<name>/). */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({ test: { exclude: [...configDefaults.exclude, 'template/**'], hookTimeout: 60_000, testTimeout: 30_000 } });

/** drizzle-kit: generates the committed SQL migrations from src/store/tables.ts. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({ dialect: 'sqlite', schema: './src/store/tables.ts', out: './drizzle' });

/**
 * drizzle-kit for PostgreSQL: generates the committed migrations in drizzle-pg/ from src/store/pg-tables.ts.
 * Run it as `npm run db:generate:pg`, which also drops the `"public".` drizzle-kit writes before referenced
 * tables: the migrations run in whichever schema the subgraph is given (openPostgres sets search_path).
 */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({ dialect: 'postgresql', schema: './src/store/pg-tables.ts', out: './drizzle-pg' });

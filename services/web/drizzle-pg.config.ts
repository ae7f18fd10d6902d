/**
 * drizzle-kit for PostgreSQL: generates the committed migrations in drizzle-pg/ from src/curation/revocation-tables.ts.
 * Run it as `npm run db:generate:pg`, which also drops the `"public".` drizzle-kit may write: the migrations run in
 * whichever schema the site is given (openPostgres sets search_path).
 */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({ dialect: 'postgresql', schema: './src/curation/revocation-tables.ts', out: './drizzle-pg' });

/**
 * Opens a subgraph's PostgreSQL store: a pg pool whose connections work in the subgraph's own schema
 * (one DATABASE_URL can hold every subgraph), drizzle over it, and the subgraph's committed
 * `drizzle-pg/` migrations applied on open, under an advisory lock so replicas starting together
 * apply them once (drizzle's migrator takes none).
 */
import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export type PgDb<S extends Record<string, unknown>> = NodePgDatabase<S> & { $client: pg.Pool };

export interface OpenPostgresOptions<S extends Record<string, unknown>> {
  /** `postgres://user:password@host:port/database`. */
  url: string;
  /** The subgraph's schema (`tools`): its tables, migration journal and text search configurations live there. */
  schema: string;
  tables: S;
  migrationsFolder: string;
  /** Pool size per process; PostgreSQL's own limit is shared by every replica. */
  maxConnections?: number;
  /**
   * An idle connection broke (the server restarted, failed over or shut down): the pool has dropped it
   * and connects anew for the next query; without a listener the process would crash on it.
   */
  onIdleError?: (error: Error) => void;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export async function openPostgres<S extends Record<string, unknown>>(options: OpenPostgresOptions<S>): Promise<PgDb<S>> {
  if (!IDENTIFIER.test(options.schema)) throw new Error(`schema "${options.schema}" must be a lower-case SQL identifier`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: Math.max(2, options.maxConnections ?? 10), // one holds the migration lock while another migrates
    // Extensions (unaccent, pg_trgm) are shared by the database and live in public.
    options: `-c search_path=${options.schema},public`,
  });
  pool.on('error', options.onIdleError ?? (() => {}));
  try {
    const db = drizzle(pool, { schema: options.tables });
    const lock = await pool.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`edu-catalogus migrate ${options.schema}`]);
      await db.execute(sql.raw(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`));
      await migrate(db, { migrationsFolder: options.migrationsFolder, migrationsSchema: options.schema });
    } finally {
      await lock.query('SELECT pg_advisory_unlock_all()').finally(() => lock.release());
    }
    return db as PgDb<S>;
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** Opens a subgraph's SQLite database: pragmas, drizzle, committed migrations applied on every open. */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

export type Db<S extends Record<string, unknown>> = BetterSQLite3Database<S> & { $client: Database.Database };

export interface OpenDatabaseOptions<S extends Record<string, unknown>> {
  /** A file path, or `:memory:` for tests. */
  file: string;
  schema: S;
  migrationsFolder: string;
  /** Called with every SQL statement drizzle runs (tests count queries with it). */
  onQuery?: (sql: string) => void;
  /** A second, read-only connection to a database another connection opened and migrated (a search thread's). */
  readonly?: boolean;
}

/**
 * Creates the database file (and its folder) readable by the owner only: 0600 in a 0700 folder. SQLite
 * gives the -wal and -shm files the mode of the database file, so they follow. An existing file is tightened.
 */
function ownerOnlyFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, '', { flag: 'wx', mode: 0o600 }); // an empty file is an empty SQLite database
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    chmodSync(file, 0o600);
  }
}

export function openDatabase<S extends Record<string, unknown>>(options: OpenDatabaseOptions<S>): Db<S> {
  if (options.file !== ':memory:' && !options.readonly) ownerOnlyFile(options.file);
  const sqlite = new Database(options.file, { readonly: options.readonly ?? false });
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
  }
  sqlite.pragma('busy_timeout = 5000');
  const onQuery = options.onQuery;
  const db = drizzle(sqlite, { schema: options.schema, ...(onQuery ? { logger: { logQuery: (query: string) => onQuery(query) } } : {}) });
  if (!options.readonly) migrate(db, { migrationsFolder: options.migrationsFolder });
  return db as Db<S>;
}

/** Closes a database for good: folds the WAL into the main file first, so the file alone is the whole database. */
export function closeDatabase(sqlite: Database.Database): void {
  if (!sqlite.open) return;
  try {
    if (!sqlite.readonly && sqlite.name !== ':memory:') sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
}

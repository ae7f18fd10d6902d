/** What backup and restore know about the subgraphs' database files: names, checksums, row counts, locks. */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SUBGRAPHS } from '@edu-catalogus/schema';

/** The database file of each subgraph inside DATA_DIR (`tools.db` ...). */
export const DATABASE_FILES = SUBGRAPHS.map((s) => s.databaseName);

export const MANIFEST = 'manifest.json';

/** A backup that could not be made; the message names the problem. */
export class BackupError extends Error {}
/** A restore refused or failed; the message names the problem. */
export class RestoreError extends Error {}

export interface ManifestEntry {
  file: string;
  bytes: number;
  sha256: string;
  /** Rows per table (FTS shadow tables included: they must match too). */
  counts: Record<string, number>;
}

/** One table of a subgraph's PostgreSQL schema: its rows in COPY text format, one line each, in primary-key order. */
export interface PgTableEntry {
  table: string;
  /** Relative to the backup folder: `<subgraph>.pg/<table>.copy`. */
  file: string;
  /** The columns copied (generated columns are left to the database). */
  columns: string[];
  rows: number;
  bytes: number;
  sha256: string;
}

/** A subgraph stored in PostgreSQL: its schema's tables (the migration journal included) from one snapshot. */
export interface PgManifestEntry {
  subgraph: string;
  schema: string;
  /** The migration journal at the snapshot (drizzle's hash and time of each applied migration), oldest first. */
  migrations: { hash: string; createdAt: number }[];
  tables: PgTableEntry[];
}

export interface Manifest {
  format: 1;
  createdAt: string;
  /** The subgraphs stored in SQLite files. */
  databases: ManifestEntry[];
  /** The subgraphs stored in PostgreSQL (absent in backups made before PostgreSQL was supported). */
  postgres?: PgManifestEntry[];
}

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** sha256, size and line count (rows, in COPY text format) of a file, read as a stream. */
export async function fileDigest(file: string): Promise<{ sha256: string; bytes: number; lines: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  let lines = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  }
  return { sha256: hash.digest('hex'), bytes, lines };
}

/** Row count of every table of an open database. */
export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/** `integrity_check` of a file: 'ok' or the problems found. */
export function integrity(db: Database.Database): string {
  return (db.pragma('integrity_check(5)') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
}

/** Whether some process has `file` open (a running subgraph): an exclusive lock cannot be had then. */
export function inUse(file: string): boolean {
  const db = new Database(file, { timeout: 200 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    db.close();
  }
}

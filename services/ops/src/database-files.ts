/** What backup and restore know about the subgraphs' database files: names, checksums, row counts, locks. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SUBGRAPHS } from '@edu-catalogus/schema';

/** The database file of each subgraph inside DATA_DIR (`tools.db` ...). */
export const DATABASE_FILES = SUBGRAPHS.map((s) => s.databaseName);

export const MANIFEST = 'manifest.json';

export interface ManifestEntry {
  file: string;
  bytes: number;
  sha256: string;
  /** Rows per table (FTS shadow tables included: they must match too). */
  counts: Record<string, number>;
}

export interface Manifest {
  format: 1;
  createdAt: string;
  databases: ManifestEntry[];
}

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

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

/**
 * Online backup of every subgraph's store. A SQLite database: `VACUUM INTO` copies one read
 * transaction's snapshot, so it is consistent while writes go on (the backup API restarts on every
 * write from another process and may never finish under load); each copy is checked (`integrity_check`)
 * and counted. A subgraph on PostgreSQL (`<NAME>_DATABASE_URL` / `DATABASE_URL`): its schema from one
 * snapshot, table by table (pg-backup.ts). The manifest, with sizes, sha256 and row counts, is written
 * last, so a backup without one is partial.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupError, DATABASE_FILES, integrity, MANIFEST, type Manifest, type ManifestEntry, sha256, tableCounts } from './database-files.ts';
import { backupPostgres } from './pg-backup.ts';
import { storeChoices } from './pg-selection.ts';

function startBackup(target: string): void {
  if (existsSync(target) && readdirSync(target).length > 0) throw new BackupError(`${target} is not empty; back up into a new folder`);
  mkdirSync(target, { recursive: true, mode: 0o700 });
}

function writeManifest(target: string, manifest: Manifest): Manifest {
  writeFileSync(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** Copies one SQLite database file of DATA_DIR into the backup folder and describes the copy. */
function backupDatabaseFile(dataDir: string, file: string, target: string): ManifestEntry {
  const source = path.join(dataDir, file);
  if (!existsSync(source)) throw new BackupError(`${source} does not exist; is DATA_DIR (${dataDir}) right?`);
  const copy = path.join(target, file);
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare('VACUUM INTO ?').run(copy);
  } finally {
    db.close();
  }
  chmodSync(copy, 0o600);
  const check = new Database(copy, { readonly: true });
  try {
    const result = integrity(check);
    if (result !== 'ok') throw new BackupError(`the copy of ${file} failed integrity_check: ${result}`);
    return { file, bytes: statSync(copy).size, sha256: sha256(copy), counts: tableCounts(check) };
  } finally {
    check.close();
  }
}

/** Every subgraph database file in DATA_DIR (all subgraphs on SQLite). */
export function backupDataDir(dataDir: string, target: string): Manifest {
  startBackup(target);
  const databases = DATABASE_FILES.map((file) => backupDatabaseFile(dataDir, file, target));
  return writeManifest(target, { format: 1, createdAt: new Date().toISOString(), databases });
}

/** Every subgraph, each from the store the environment chooses for it (SQLite in DATA_DIR or PostgreSQL). */
export async function backupStores(target: string, options: { dataDir: string; env: Record<string, string | undefined> }): Promise<Manifest> {
  startBackup(target);
  const manifest: Manifest = { format: 1, createdAt: new Date().toISOString(), databases: [], postgres: [] };
  for (const choice of storeChoices(options.env)) {
    if (choice.store === 'sqlite') {
      manifest.databases.push(backupDatabaseFile(options.dataDir, choice.file, target));
      continue;
    }
    try {
      manifest.postgres!.push(await backupPostgres({ url: choice.url, schema: choice.schema, subgraph: choice.subgraph, target }));
    } catch (error) {
      if (error instanceof BackupError) throw error;
      throw new BackupError(`the backup of ${choice.subgraph} from PostgreSQL failed: ${(error as Error).message}`);
    }
  }
  return writeManifest(target, manifest);
}

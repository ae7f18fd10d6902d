/**
 * Restore of a backup made by backup.ts. The backup is verified first (manifest, every file's sha256,
 * integrity_check, row counts) and refused when partial or mismatched. SQLite: into a stopped (or empty)
 * DATA_DIR; databases in use are refused; files being replaced are kept aside, stale -wal/-shm files
 * (which SQLite would replay into the restored file) moved with them; the result is checked again.
 * PostgreSQL: into an empty schema of the URL the environment gives the subgraph (pg-restore.ts).
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SUBGRAPHS } from '@edu-catalogus/schema';
import { inUse, integrity, MANIFEST, type Manifest, RestoreError, sha256, tableCounts } from './database-files.ts';
import { checkPgTargetEmpty, restorePostgres, verifyPgBackup } from './pg-restore.ts';
import { databaseUrlVariable, storeChoices } from './pg-selection.ts';

function checkCopy(file: string, expected: Manifest['databases'][number], what: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = integrity(db);
    if (result !== 'ok') throw new RestoreError(`${what} ${expected.file} failed integrity_check: ${result}`);
    const counts = tableCounts(db);
    for (const [table, count] of Object.entries(expected.counts)) {
      if (counts[table] !== count)
        throw new RestoreError(`${what} ${expected.file}: table ${table} has ${counts[table] ?? 'no'} rows, the manifest says ${count}`);
    }
  } finally {
    db.close();
  }
}

/** Reads and checks a backup folder (the SQLite files fully; PostgreSQL tables: verifyPgBackup); throws RestoreError naming the first problem. */
export function verifyBackup(dir: string): Manifest {
  const manifestFile = path.join(dir, MANIFEST);
  if (!existsSync(manifestFile)) throw new RestoreError(`${dir} has no ${MANIFEST}: not a backup, or one that did not finish`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  if (manifest.format !== 1) throw new RestoreError(`${manifestFile}: unknown format ${String(manifest.format)}`);
  const files = new Set(manifest.databases.map((d) => d.file));
  const schemas = new Set((manifest.postgres ?? []).map((p) => p.subgraph));
  const missing = SUBGRAPHS.filter((s) => !files.has(s.databaseName) && !schemas.has(s.name)).map((s) => s.databaseName);
  if (missing.length) throw new RestoreError(`the backup lacks ${missing.join(', ')}; refusing a partial restore`);
  for (const entry of manifest.databases) {
    const file = path.join(dir, entry.file);
    if (!existsSync(file)) throw new RestoreError(`${file} is missing`);
    if (sha256(file) !== entry.sha256) throw new RestoreError(`${file} does not match its checksum in the manifest`);
    checkCopy(file, entry, 'backup');
  }
  return manifest;
}

function refuseInUse(dataDir: string, files: string[]): void {
  for (const file of files) {
    const target = path.join(dataDir, file);
    if (existsSync(target) && inUse(target)) throw new RestoreError(`${target} is in use; stop the services first`);
  }
}

/** Puts one verified SQLite file in place, keeping what it replaces aside. */
function restoreFile(dir: string, entry: Manifest['databases'][number], dataDir: string, stamp: string, keptAside: string[]): void {
  const target = path.join(dataDir, entry.file);
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (!existsSync(target + suffix)) continue;
    const aside = `${target}.replaced-${stamp}${suffix}`;
    renameSync(target + suffix, aside);
    keptAside.push(aside);
  }
  const partial = `${target}.restoring`;
  copyFileSync(path.join(dir, entry.file), partial);
  chmodSync(partial, 0o600);
  renameSync(partial, target);
  checkCopy(target, entry, 'restored');
}

const timestamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** A backup of SQLite files only, into DATA_DIR. */
export function restoreDataDir(dir: string, dataDir: string): { manifest: Manifest; keptAside: string[] } {
  const manifest = verifyBackup(dir);
  if (manifest.postgres?.length)
    throw new RestoreError(`the backup holds PostgreSQL schemas (${manifest.postgres.map((p) => p.subgraph).join(', ')}); restore it with npm run restore`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  refuseInUse(
    dataDir,
    manifest.databases.map((d) => d.file),
  );
  const stamp = timestamp();
  const keptAside: string[] = [];
  for (const entry of manifest.databases) restoreFile(dir, entry, dataDir, stamp, keptAside);
  return { manifest, keptAside };
}

export interface RestoreResult {
  manifest: Manifest;
  keptAside: string[];
  /** Rows restored per table of each subgraph restored into PostgreSQL. */
  postgres: { subgraph: string; counts: Record<string, number> }[];
}

/** Every subgraph into the store the environment chooses for it; each must be in the backup as that kind of store. */
export async function restoreStores(dir: string, options: { dataDir: string; env: Record<string, string | undefined> }): Promise<RestoreResult> {
  const manifest = verifyBackup(dir);
  const plan = storeChoices(options.env).map((choice) => {
    if (choice.store === 'sqlite') {
      const entry = manifest.databases.find((d) => d.file === choice.file);
      if (!entry)
        throw new RestoreError(
          `the backup holds ${choice.subgraph} in PostgreSQL; set ${databaseUrlVariable(choice.subgraph)} (or DATABASE_URL) to the database to restore it into`,
        );
      return { choice, entry };
    }
    const entry = manifest.postgres?.find((p) => p.subgraph === choice.subgraph);
    if (!entry)
      throw new RestoreError(
        `${databaseUrlVariable(choice.subgraph)} or DATABASE_URL puts ${choice.subgraph} in PostgreSQL, but the backup holds it as a SQLite file; unset them to restore it into DATA_DIR`,
      );
    return { choice, entry };
  });
  for (const { choice, entry } of plan) if (choice.store === 'postgres' && 'tables' in entry) await verifyPgBackup(dir, entry);
  const files = plan.flatMap(({ choice }) => (choice.store === 'sqlite' ? [choice.file] : []));
  if (files.length) mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  refuseInUse(options.dataDir, files);
  for (const { choice } of plan) if (choice.store === 'postgres') await checkPgTargetEmpty(choice, choice.subgraph);
  const stamp = timestamp();
  const result: RestoreResult = { manifest, keptAside: [], postgres: [] };
  for (const { choice, entry } of plan) {
    if (choice.store === 'sqlite' && 'file' in entry) restoreFile(dir, entry, options.dataDir, stamp, result.keptAside);
    else if (choice.store === 'postgres' && 'tables' in entry)
      result.postgres.push({ subgraph: choice.subgraph, counts: await restorePostgres(dir, entry, choice) });
  }
  return result;
}

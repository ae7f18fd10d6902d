/**
 * Restore of a backup made by backup.ts into a stopped (or empty) DATA_DIR. The backup is verified
 * first (manifest, every file's sha256, integrity_check, row counts) and refused when partial or
 * mismatched; databases in use are refused; files being replaced are kept aside, stale -wal/-shm files
 * (which SQLite would replay into the restored file) moved with them; the result is checked again.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILES, inUse, integrity, MANIFEST, sha256, tableCounts, type Manifest } from './database-files.ts';

export class RestoreError extends Error {}

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

/** Reads and checks a backup folder; throws RestoreError naming the first problem. */
export function verifyBackup(dir: string): Manifest {
  const manifestFile = path.join(dir, MANIFEST);
  if (!existsSync(manifestFile)) throw new RestoreError(`${dir} has no ${MANIFEST}: not a backup, or one that did not finish`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  if (manifest.format !== 1) throw new RestoreError(`${manifestFile}: unknown format ${String(manifest.format)}`);
  const listed = new Set(manifest.databases.map((d) => d.file));
  const missing = DATABASE_FILES.filter((f) => !listed.has(f));
  if (missing.length) throw new RestoreError(`the backup lacks ${missing.join(', ')}; refusing a partial restore`);
  for (const entry of manifest.databases) {
    const file = path.join(dir, entry.file);
    if (!existsSync(file)) throw new RestoreError(`${file} is missing`);
    if (sha256(file) !== entry.sha256) throw new RestoreError(`${file} does not match its checksum in the manifest`);
    checkCopy(file, entry, 'backup');
  }
  return manifest;
}

export function restoreDataDir(dir: string, dataDir: string): { manifest: Manifest; keptAside: string[] } {
  const manifest = verifyBackup(dir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  for (const { file } of manifest.databases) {
    const target = path.join(dataDir, file);
    if (existsSync(target) && inUse(target)) throw new RestoreError(`${target} is in use; stop the services first`);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const keptAside: string[] = [];
  for (const entry of manifest.databases) {
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
  return { manifest, keptAside };
}

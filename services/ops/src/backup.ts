/**
 * Online backup of every subgraph database: `VACUUM INTO` copies one read transaction's snapshot, so
 * it is consistent while writes go on (the backup API restarts on every write from another process and
 * may never finish under load). Each copy is checked (`integrity_check`) and counted; the manifest,
 * with sizes, sha256 and row counts, is written last, so a backup without one is partial.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILES, integrity, MANIFEST, sha256, tableCounts, type Manifest } from './database-files.ts';

export class BackupError extends Error {}

export function backupDataDir(dataDir: string, target: string): Manifest {
  if (existsSync(target) && readdirSync(target).length > 0) throw new BackupError(`${target} is not empty; back up into a new folder`);
  mkdirSync(target, { recursive: true, mode: 0o700 });
  const databases: Manifest['databases'] = [];
  for (const file of DATABASE_FILES) {
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
      databases.push({ file, bytes: statSync(copy).size, sha256: sha256(copy), counts: tableCounts(check) });
    } finally {
      check.close();
    }
  }
  const manifest: Manifest = { format: 1, createdAt: new Date().toISOString(), databases };
  writeFileSync(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

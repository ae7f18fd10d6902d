/** `npm run backup -- <dir>`: online backup of every subgraph database in DATA_DIR into <dir>. */
import { loadDataDir } from '@edu-catalogus/kit/runtime';
import { backupDataDir, BackupError } from './backup.ts';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run backup -- <dir>   (a new or empty folder; DATA_DIR says which databases)');
  process.exit(2);
}
try {
  const dataDir = loadDataDir();
  const manifest = backupDataDir(dataDir, target);
  for (const db of manifest.databases)
    console.log(`${db.file}: ${db.bytes} bytes, ${db.counts.entries ?? 0} entries, ${db.counts.revisions ?? 0} revisions, sha256 ${db.sha256.slice(0, 12)}…`);
  console.log(`backup of ${dataDir} complete in ${target}`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`backup failed: ${error.message}`);
  process.exit(1);
}

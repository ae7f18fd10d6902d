/**
 * `npm run backup -- <dir>`: online backup of every subgraph's store into <dir>: the SQLite databases in
 * DATA_DIR, and the schemas of the subgraphs that `<NAME>_DATABASE_URL` / `DATABASE_URL` put in PostgreSQL.
 */
import { loadDataDir } from '@edu-catalogus/kit/runtime';
import { backupStores } from './backup.ts';
import { BackupError } from './database-files.ts';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run backup -- <dir>   (a new or empty folder; DATA_DIR and the *DATABASE_URL variables say which stores)');
  process.exit(2);
}
try {
  const dataDir = loadDataDir();
  const manifest = await backupStores(target, { dataDir, env: process.env });
  for (const db of manifest.databases)
    console.log(`${db.file}: ${db.bytes} bytes, ${db.counts.entries ?? 0} entries, ${db.counts.revisions ?? 0} revisions, sha256 ${db.sha256.slice(0, 12)}…`);
  for (const pg of manifest.postgres ?? []) {
    const rows = (table: string) => pg.tables.find((t) => t.table === table)?.rows ?? 0;
    const bytes = pg.tables.reduce((sum, t) => sum + t.bytes, 0);
    console.log(
      `${pg.subgraph} (PostgreSQL schema ${pg.schema}): ${pg.tables.length} tables, ${bytes} bytes, ${rows('entries')} entries, ${rows('revisions')} revisions`,
    );
  }
  console.log(`backup complete in ${target}`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`backup failed: ${error.message}`);
  process.exit(1);
}

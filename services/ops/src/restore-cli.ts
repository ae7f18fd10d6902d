/**
 * `npm run restore -- <dir>`: verify the backup in <dir>, then restore each subgraph into its store: its
 * SQLite file into DATA_DIR (services stopped), or its schema into the empty PostgreSQL schema that
 * `<NAME>_DATABASE_URL` / `DATABASE_URL` point at.
 */
import { loadDataDir } from '@edu-catalogus/kit/runtime';
import { RestoreError } from './database-files.ts';
import { restoreStores } from './restore.ts';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run restore -- <dir>   (a folder written by npm run backup; stop the services first)');
  process.exit(2);
}
try {
  const dataDir = loadDataDir();
  const { manifest, keptAside, postgres } = await restoreStores(source, { dataDir, env: process.env });
  for (const file of keptAside) console.log(`kept the replaced file as ${file}`);
  for (const db of manifest.databases) console.log(`restored ${db.file} into ${dataDir}; integrity and counts verified`);
  for (const { subgraph, counts } of postgres)
    console.log(
      `restored ${subgraph} into PostgreSQL: ${Object.keys(counts).length} tables, ${counts.entries ?? 0} entries, ${counts.revisions ?? 0} revisions; counts verified`,
    );
  console.log(`restore of the backup of ${manifest.createdAt} complete`);
} catch (error) {
  if (!(error instanceof RestoreError)) throw error;
  console.error(`restore refused: ${error.message}`);
  process.exit(1);
}

/** `npm run restore -- <dir>`: verify the backup in <dir>, then restore it into DATA_DIR (services stopped). */
import { loadDataDir } from '@edu-catalogus/kit/runtime';
import { restoreDataDir, RestoreError } from './restore.ts';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run restore -- <dir>   (a folder written by npm run backup; stop the services first)');
  process.exit(2);
}
try {
  const dataDir = loadDataDir();
  const { manifest, keptAside } = restoreDataDir(source, dataDir);
  for (const file of keptAside) console.log(`kept the replaced file as ${file}`);
  console.log(`restored ${manifest.databases.map((d) => d.file).join(', ')} (backup of ${manifest.createdAt}) into ${dataDir}; integrity and counts verified`);
} catch (error) {
  if (!(error instanceof RestoreError)) throw error;
  console.error(`restore refused: ${error.message}`);
  process.exit(1);
}

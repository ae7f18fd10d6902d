/** `npm run persist -w @edu-catalogus/web`: registers the site's documents with the gateway (commit the result). */
import { persistDocuments, TRUSTED_DOCUMENTS_DIR } from './gateway/persist.ts';

const { written, removed } = persistDocuments();
console.log(`${TRUSTED_DOCUMENTS_DIR}: ${written.length} written, ${removed.length} outdated removed`);
for (const file of written) console.log(`  + ${file}`);
for (const file of removed) console.log(`  - ${file}`);

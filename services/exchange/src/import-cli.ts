/**
 * `npm run import -- <file | folder | URL> --token <curator token>`: publiccode.yml files (or our
 * own JSON dump, `*.json`) into curation as drafts and proposals, never published. Exit code 1 when anything was refused.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dumpSchema } from './dump-schema.ts';
import { importDump } from './import/dump.ts';
import { createCurationClient } from './curation/client.ts';
import { readInputs } from './import/read.ts';
import { applyRecords, formatReport, ImportRefused, publiccodeRecords, validateFiles } from './import/run.ts';
import { progressBar } from './progress.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    token: { type: 'string', default: process.env.CATALOGUE_TOKEN },
    gateway: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql' },
    site: { type: 'string', default: process.env.PUBLIC_URL ?? 'http://localhost:3000' },
  },
});

async function main() {
  const target = positionals[0];
  if (!target || !values.token) {
    console.error(
      'usage: npm run import -- <file | folder | URL> --token <curator token> [--gateway URL] [--site URL]\n(a development token: npm run token -- --org kennisnet --role curator --sub importer)',
    );
    return 2;
  }
  const api = createCurationClient({ url: values.gateway!, token: values.token });
  if (/\.json$/.test(target)) return importJsonDump(api, target);
  try {
    const files = validateFiles(await readInputs(target));
    const records = await publiccodeRecords(api, files, { siteUrl: values.site!, date: new Date().toISOString().slice(0, 10) });
    const report = await applyRecords(api, records, { onProgress: progressBar('import') });
    console.log(formatReport(report));
    return report.rejected.length ? 1 : 0;
  } catch (error) {
    if (error instanceof ImportRefused) console.error(error.message);
    else console.error(`import failed: ${(error as Error).message}`);
    return 1;
  }
}

/** Our own JSON dump (catalogue.json, a path or URL): every entity type, matched by id. */
async function importJsonDump(api: ReturnType<typeof createCurationClient>, target: string) {
  const text = /^https?:/.test(target) ? await (await fetch(target)).text() : readFileSync(target, 'utf8');
  const checked = dumpSchema.safeParse(JSON.parse(text));
  if (!checked.success) {
    console.error(`nothing was written:\n${checked.error.issues.map((i) => `${target} ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    return 1;
  }
  const reports = await importDump(api, checked.data, target);
  for (const [type, report] of Object.entries(reports)) console.log(`${type}\n  ${formatReport(report).replace(/\n/g, '\n  ')}`);
  return Object.values(reports).some((r) => r.rejected.length) ? 1 : 0;
}

process.exitCode = await main();

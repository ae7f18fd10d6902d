/**
 * `npm run harvest -- --source <developers-italia | sill | wikidata> (--file <snapshot> | --url <endpoint>)
 * --token <curator token>`: drafts and proposals with provenance, through the gateway, idempotent.
 */
import { parseArgs } from 'node:util';
import { createCurationClient } from './curation/client.ts';
import { HARVESTERS, runHarvest } from './harvest/run.ts';
import { formatReport } from './import/run.ts';
import { progressBar } from './progress.ts';

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    file: { type: 'string' },
    url: { type: 'string' },
    ids: { type: 'string' },
    token: { type: 'string', default: process.env.CATALOGUE_TOKEN },
    gateway: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql' },
    site: { type: 'string', default: process.env.PUBLIC_URL ?? 'http://localhost:3000' },
  },
});

async function main() {
  const harvester = values.source ? HARVESTERS[values.source] : undefined;
  if (!harvester || !values.token || (!values.file && !values.url && values.url !== '')) {
    console.error(
      `usage: npm run harvest -- --source <${Object.keys(HARVESTERS).join(' | ')}> (--file <snapshot> | --url [endpoint]) --token <curator token> [--ids Q1,Q2 for wikidata]`,
    );
    return 2;
  }
  const from = values.file ? { file: values.file } : { url: values.url || harvester.defaultUrl };
  console.error(`harvesting ${harvester.title} (data licence: ${harvester.license}) from ${'file' in from ? from.file : from.url}`);
  const api = createCurationClient({ url: values.gateway!, token: values.token });
  try {
    const report = await runHarvest(api, {
      source: harvester.name,
      from,
      siteUrl: values.site!,
      date: new Date().toISOString().slice(0, 10),
      ...(values.ids ? { ids: values.ids.split(',').map((s) => s.trim()) } : {}),
      onProgress: progressBar(harvester.name),
    });
    console.log(formatReport(report));
    return 0;
  } catch (error) {
    console.error(`harvest failed: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();

/** A harvest: read a source (snapshot or URL), map it, and apply it through curation like an import. */
import type { CurationClient } from '../curation/client.ts';
import { mapContextOf } from '../curation/tools.ts';
import { applyRecords, type ImportReport } from '../import/run.ts';
import { developersItalia } from './developers-italia.ts';
import { sill } from './sill.ts';
import { readSnapshot, type Harvester } from './source.ts';
import { wikidata } from './wikidata.ts';

export const HARVESTERS: Record<string, Harvester> = { [developersItalia.name]: developersItalia, [sill.name]: sill, [wikidata.name]: wikidata };

export interface HarvestRun {
  source: string;
  from: { file: string } | { url: string };
  siteUrl: string;
  date: string;
  ids?: string[];
  onProgress?: (done: number, total: number) => void;
}

export async function runHarvest(api: CurationClient, run: HarvestRun): Promise<ImportReport> {
  const harvester = HARVESTERS[run.source];
  if (!harvester) throw new Error(`unknown source "${run.source}": use ${Object.keys(HARVESTERS).join(', ')}`);
  const options = {
    date: run.date,
    context: await mapContextOf(api, run.siteUrl),
    ...(run.ids ? { ids: run.ids } : {}),
    ...(run.onProgress ? { onProgress: run.onProgress } : {}),
  };
  const harvest = 'file' in run.from ? harvester.fromSnapshot(readSnapshot(run.from.file), options) : await harvester.fromUrl(run.from.url, options);
  const report = await applyRecords(api, harvest.records, { createNew: harvester.createsEntries, ...(run.onProgress ? { onProgress: run.onProgress } : {}) });
  return { ...report, rejected: [...harvest.rejected, ...report.rejected] };
}

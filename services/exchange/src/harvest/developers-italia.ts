/**
 * Developers Italia's software catalogue API (`/v1/software`): raw publiccode.yml per record, read
 * with our importer; cursor pages `{data, links: {next}}`. Records marked inactive are invalid files.
 */
import { parsePubliccode } from '../publiccode/parse.ts';
import { publiccodeRecord } from '../publiccode/map.ts';
import { fetchJson, type Harvest, type Harvester, type HarvestOptions } from './source.ts';

interface Record_ {
  id: string;
  url: string;
  aliases?: string[];
  publiccodeYml: string;
  active?: boolean;
  updatedAt?: string;
}
interface Page {
  data: Record_[];
  links?: { next?: string | null };
}

const API = 'https://api.developers.italia.it/v1';

function harvestPage(page: Page, options: HarvestOptions, into: Harvest) {
  for (const record of page.data) {
    const recordUrl = `${API}/software/${record.id}`;
    if (record.active === false) {
      into.rejected.push({ origin: recordUrl, reasons: ['marked inactive by Developers Italia (its publiccode.yml is invalid)'] });
      continue;
    }
    const parsed = parsePubliccode(record.publiccodeYml);
    if (!parsed.ok) {
      into.rejected.push({ origin: recordUrl, reasons: parsed.problems.map((p) => `${p.key || '(file)'} (line ${p.line}): ${p.message}`) });
      continue;
    }
    into.records.push({
      origin: recordUrl,
      source: { url: recordUrl, title: `Developers Italia software catalogue (harvested ${options.date})` },
      ...publiccodeRecord(parsed.value, options.context),
    });
  }
}

export const developersItalia: Harvester = {
  name: 'developers-italia',
  title: 'Developers Italia software catalogue',
  license: 'not stated (Italian PSI rules: attribute the source)',
  createsEntries: true,
  defaultUrl: `${API}/software?page[size]=100`,
  fromSnapshot(text, options) {
    const harvest: Harvest = { records: [], rejected: [] };
    const parsed = JSON.parse(text) as Page | Page[];
    for (const page of Array.isArray(parsed) ? parsed : [parsed]) harvestPage(page, options, harvest);
    return harvest;
  },
  async fromUrl(url, options) {
    const harvest: Harvest = { records: [], rejected: [] };
    let next: string | null | undefined = url;
    let pages = 0;
    while (next) {
      const page: Page = await fetchJson<Page>(next, { accept: 'application/json', timeoutMs: options.timeoutMs });
      harvestPage(page, options, harvest);
      options.onProgress?.(++pages, pages + (page.links?.next ? 1 : 0));
      next = page.links?.next ? new URL(page.links.next, url).href : null;
    }
    return harvest;
  },
};

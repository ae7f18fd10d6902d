/**
 * Wikidata (CC0) for the tools we hold, by QID: website, repository, licence (P275 → P2479 SPDX id)
 * and the Dutch description. Several licence values are never joined into one expression: the
 * licence is left out and flagged for a curator. Only updates entries we hold.
 */
import { fetchJson, type Harvest, type Harvester, type HarvestOptions } from './source.ts';

interface Binding {
  [name: string]: { type: string; value: string; 'xml:lang'?: string } | undefined;
}
interface SparqlResult {
  results: { bindings: Binding[] };
}

export const wikidataQuery = (ids: string[]) => `SELECT ?item ?itemLabel ?site ?repo ?spdx ?dnl WHERE {
  VALUES ?item { ${ids.map((id) => `wd:${id}`).join(' ')} }
  OPTIONAL { ?item wdt:P856 ?site } OPTIONAL { ?item wdt:P1324 ?repo }
  OPTIONAL { ?item wdt:P275 ?lic . OPTIONAL { ?lic wdt:P2479 ?spdx } }
  OPTIONAL { ?item schema:description ?dnl FILTER(LANG(?dnl)="nl") }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "nl,en". } }`;

function harvest(result: SparqlResult, options: HarvestOptions): Harvest {
  const items = new Map<string, { label?: string; sites: Set<string>; repos: Set<string>; licenses: Set<string>; description?: string }>();
  for (const row of result.results.bindings) {
    const uri = row.item?.value;
    if (!uri) continue;
    const item = items.get(uri) ?? { sites: new Set(), repos: new Set(), licenses: new Set() };
    items.set(uri, item);
    if (row.itemLabel) item.label = row.itemLabel.value;
    if (row.site) item.sites.add(row.site.value);
    if (row.repo) item.repos.add(row.repo.value);
    if (row.spdx) item.licenses.add(row.spdx.value);
    if (row.dnl) item.description = row.dnl.value;
  }
  const out: Harvest = { records: [], rejected: [] };
  for (const [uri, item] of items) {
    const qid = uri.split('/').pop()!;
    const recordUrl = `https://www.wikidata.org/wiki/${qid}`;
    if (!item.label) {
      out.rejected.push({ origin: recordUrl, reasons: ['no label'] });
      continue;
    }
    const flags: string[] = [];
    const licenses = [...item.licenses].sort();
    if (licenses.length > 1)
      flags.push(`Wikidata lists several licences (${licenses.join(', ')}); whether they combine with OR or AND is not stated, so none was taken`);
    // Several websites or repositories: the first is used to match, none overwrite ours.
    const site = item.sites.size === 1 ? [...item.sites][0] : undefined;
    const repo = item.repos.size === 1 ? [...item.repos][0] : undefined;
    out.records.push({
      origin: recordUrl,
      source: { url: recordUrl, title: `Wikidata ${qid}, CC0 (harvested ${options.date})` },
      input: {
        name: item.label,
        ...(site ? { homepage: site } : {}),
        ...(repo && /^https?:/.test(repo) ? { repository: repo } : {}),
        ...(licenses.length === 1 ? { license: { expression: licenses[0] } } : {}),
        ...(item.description ? { summary: { nl: item.description } } : {}),
      },
      ...(flags.length ? { flags } : {}),
    });
  }
  return out;
}

export const wikidata: Harvester = {
  name: 'wikidata',
  title: 'Wikidata',
  license: 'CC0-1.0',
  createsEntries: false,
  defaultUrl: 'https://query.wikidata.org/sparql',
  fromSnapshot: (text, options) => harvest(JSON.parse(text) as SparqlResult, options),
  async fromUrl(url, options) {
    const ids = options.ids ?? [];
    if (ids.length === 0) throw new Error('give the Wikidata ids to ask for (--ids Q1,Q2)');
    const merged: SparqlResult = { results: { bindings: [] } };
    for (let i = 0; i < ids.length; i += 50) {
      const body = new URLSearchParams({ query: wikidataQuery(ids.slice(i, i + 50)) });
      const answer = await fetchJson<SparqlResult>(url, {
        method: 'POST',
        body,
        accept: 'application/sparql-results+json',
        timeoutMs: options.timeoutMs ?? 65_000,
      });
      merged.results.bindings.push(...answer.results.bindings);
      options.onProgress?.(Math.min(i + 50, ids.length), ids.length);
    }
    return harvest(merged, options);
  },
};

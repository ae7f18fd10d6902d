/**
 * The French SILL (code.gouv.fr/sill, Licence Ouverte 2.0): one JSON array, no paging. French texts
 * have no place in our nl/en fields, so only English descriptions and the facts are taken; a
 * licence that is not an SPDX expression is left out and flagged, never guessed.
 */
import { isValidSpdx } from './spdx.ts';
import { fetchJson, spdxOrUndefined, type Harvest, type Harvester, type HarvestOptions } from './source.ts';

interface SillSoftware {
  id: number;
  name: string;
  description?: string;
  license?: string;
  dereferencing?: unknown;
  operatingSystems?: Partial<Record<'windows' | 'linux' | 'mac' | 'android' | 'ios', boolean>>;
  runtimePlatforms?: string[];
  softwareExternalData?: { externalId?: string; description?: { fr?: string; en?: string }; url?: string; codeRepositoryUrl?: string } | null;
}

const OS: Record<string, string> = { windows: 'WINDOWS', linux: 'LINUX', mac: 'MACOS', android: 'ANDROID', ios: 'IOS' };
const SILL_PAGE = 'https://code.gouv.fr/sill/detail?name=';

function harvest(list: SillSoftware[], options: HarvestOptions): Harvest {
  const result: Harvest = { records: [], rejected: [] };
  for (const software of list) {
    const recordUrl = `${SILL_PAGE}${encodeURIComponent(software.name)}`;
    if (software.dereferencing) {
      result.rejected.push({ origin: recordUrl, reasons: ['dereferenced from the SILL'] });
      continue;
    }
    const external = software.softwareExternalData ?? {};
    const repository = external.codeRepositoryUrl;
    const homepage = external.url;
    if (!repository && !homepage) {
      result.rejected.push({ origin: recordUrl, reasons: ['no repository or website to match or create an entry by'] });
      continue;
    }
    const license = spdxOrUndefined(software.license, isValidSpdx);
    const platforms = Object.entries(software.operatingSystems ?? {})
      .filter(([, on]) => on)
      .map(([os]) => OS[os])
      .filter((p): p is string => Boolean(p));
    if (software.runtimePlatforms?.includes('cloud')) platforms.unshift('WEB');
    const english = external.description?.en;
    result.records.push({
      origin: recordUrl,
      source: { url: recordUrl, title: `SILL, code.gouv.fr, Licence Ouverte 2.0 (harvested ${options.date})` },
      input: {
        name: software.name,
        ...(homepage ? { homepage } : {}),
        ...(repository ? { repository } : {}),
        ...(english ? { summary: { en: english } } : {}),
        ...(license ? { license: { expression: license } } : {}),
        ...(platforms.length ? { platforms: [...new Set(platforms)] } : {}),
      },
      ...(software.description && !english ? { standIn: { summary: software.description } } : {}),
      ...(software.license && !license ? { flags: [`licence "${software.license}" is not an SPDX expression: left for a curator`] } : {}),
    });
  }
  return result;
}

export const sill: Harvester = {
  name: 'sill',
  title: 'SILL (Socle interministériel de logiciels libres)',
  license: 'Licence Ouverte 2.0 (etalab-2.0)',
  createsEntries: true,
  defaultUrl: 'https://code.gouv.fr/sill/api/sill.json',
  fromSnapshot: (text, options) => harvest(JSON.parse(text) as SillSoftware[], options),
  async fromUrl(url, options) {
    return harvest(await fetchJson<SillSoftware[]>(url, { accept: 'application/json', timeoutMs: options.timeoutMs }), options);
  },
};

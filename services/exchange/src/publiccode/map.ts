/**
 * publiccode.yml onto the catalogue's ToolInput: only the fields the file states (a language block
 * only where the file has it), so an existing entry is changed only where the file says something.
 */
import type { Publiccode } from './schema.ts';

export type ToolInput = Record<string, unknown> & { name: string; homepage?: string };

const PLATFORMS: Record<string, string> = {
  web: 'WEB',
  windows: 'WINDOWS',
  mac: 'MACOS',
  linux: 'LINUX',
  android: 'ANDROID',
  ios: 'IOS',
  chromeos: 'CHROMEOS',
};
const MAINTENANCE: Record<string, string | undefined> = { community: 'COMMUNITY', contract: 'COMPANY', none: 'NONE' };

export interface MapContext {
  /** Our category id for a publiccode category (Category.publiccode); unknown ones are dropped. */
  categoryFor: (publiccode: string) => string | undefined;
  /** Our standard id for a `supports` URI, when it is one of ours. */
  standardFor: (uri: string) => string | undefined;
}

/** Lowercase host, https, no `.git`, no trailing slash: the form repository URLs are matched in. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    const path = u.pathname.replace(/\.git$/, '').replace(/\/+$/, '');
    return `https://${u.host.toLowerCase()}${path}${u.search}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

export function publiccodeToTool(file: Publiccode, context: MapContext): ToolInput {
  const input: ToolInput = { name: file.name, repository: file.url, ...(file.landingURL ? { homepage: file.landingURL } : {}) };
  const nl = file.description.nl;
  const en = file.description.en;
  const summary: Record<string, string> = {};
  const description: Record<string, string> = {};
  const features: Record<string, string[]> = {};
  for (const [lang, block] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    if (!block) continue;
    summary[lang] = block.shortDescription.trim();
    description[lang] = block.longDescription.trim();
    features[lang] = block.features;
  }
  if (Object.keys(summary).length) input.summary = summary;
  if (Object.keys(description).length) input.description = description;
  if (Object.keys(features).length) input.features = features;
  input.license = { expression: file.legal.license };
  const platforms = file.platforms.map((p) => PLATFORMS[p]).filter((p): p is string => Boolean(p));
  if (platforms.length) input.platforms = [...new Set(platforms)];
  const categories = (file.categories ?? []).map(context.categoryFor).filter((c): c is string => Boolean(c));
  if (categories.length) input.categories = [...new Set(categories)];
  input.languages = file.localisation.availableLanguages;
  input.developmentStatus = file.developmentStatus.toUpperCase();
  const maintenance = MAINTENANCE[file.maintenance.type];
  if (maintenance) input.maintenance = maintenance;
  const standards = (file.supports ?? []).map((s) => context.standardFor(s.id)).filter((s): s is string => Boolean(s));
  if (standards.length) input.standards = [...new Set(standards)];
  return input;
}

/** The mapped input plus stand-in texts from the first language block, for a file without nl/en. */
export function publiccodeRecord(file: Publiccode, context: MapContext) {
  const first = Object.values(file.description)[0];
  const standIn = first ? { summary: first.shortDescription.trim(), description: first.longDescription.trim(), features: first.features } : undefined;
  return { input: publiccodeToTool(file, context), ...(standIn ? { standIn } : {}) };
}

/**
 * One tool as publiccode.yml (standard version "0", quoted). Only what the catalogue knows goes in:
 * a mandatory key our data lacks is left out and named in a comment at the top (and in `missing`),
 * so coverage can be reported and nothing is invented.
 */
import { Document, Scalar } from 'yaml';
import type { ExportTool, Localized } from '../model.ts';

const PLATFORMS: Record<string, string> = {
  WEB: 'web',
  WINDOWS: 'windows',
  MACOS: 'mac',
  LINUX: 'linux',
  ANDROID: 'android',
  IOS: 'ios',
  CHROMEOS: 'chromeos',
};
const MAINTENANCE: Record<string, string> = { COMMUNITY: 'community', FOUNDATION: 'community', COMPANY: 'contract', NONE: 'none' };
const chars = (s: string | null | undefined) => [...(s ?? '')].length;

export interface PubliccodeExport {
  text: string;
  /** Mandatory keys left out because the catalogue does not hold them, with why. */
  missing: { key: string; reason: string }[];
  /** Keys derived from other facts rather than stored as such. */
  derived: { key: string; reason: string }[];
}

/** `standalone/web` for anything hosted or in the browser, else desktop, else mobile. */
function softwareType(tool: ExportTool): string | null {
  const hosted = tool.hosting.some((h) => h.startsWith('SAAS') || h === 'SELF_HOSTED') || tool.platforms.includes('WEB');
  if (hosted) return 'standalone/web';
  if (tool.hosting.includes('DESKTOP') || tool.platforms.some((p) => ['WINDOWS', 'MACOS', 'LINUX', 'CHROMEOS'].includes(p))) return 'standalone/desktop';
  if (tool.platforms.some((p) => p === 'ANDROID' || p === 'IOS')) return 'standalone/mobile';
  return null;
}

function descriptionBlock(tool: ExportTool, lang: 'nl' | 'en', missing: PubliccodeExport['missing']) {
  const pick = (text: Localized | null | undefined) => (lang === 'nl' ? text?.nl : text?.en) ?? undefined;
  const shortDescription = pick(tool.summary);
  const longDescription = pick(tool.description);
  const features = lang === 'nl' ? tool.features?.nl : (tool.features?.en ?? undefined);
  if (!shortDescription && !longDescription) return null;
  const gaps: string[] = [];
  if (!shortDescription || chars(shortDescription) > 150) gaps.push('shortDescription (≤150 characters)');
  if (chars(longDescription) < 150 || chars(longDescription) > 10000) gaps.push('longDescription (150-10000 characters)');
  if (!features?.length) gaps.push('features (≥1)');
  if (gaps.length > 0) {
    missing.push({ key: `description.${lang}`, reason: `left out: the catalogue lacks ${gaps.join(', ')} in this language` });
    return null;
  }
  return { shortDescription, longDescription, features };
}

export function toolToPubliccode(tool: ExportTool, options: { baseUrl: string }): PubliccodeExport {
  const missing: PubliccodeExport['missing'] = [];
  const derived: PubliccodeExport['derived'] = [];
  const file: Record<string, unknown> = { publiccodeYmlVersion: Object.assign(new Scalar('0'), { type: Scalar.QUOTE_DOUBLE }), name: tool.name };
  if (tool.repository) file.url = tool.repository;
  else missing.push({ key: 'url', reason: 'the catalogue holds no source repository for this tool' });
  file.landingURL = tool.homepage;
  const platforms = tool.platforms.map((p) => PLATFORMS[p] ?? p.toLowerCase());
  if (platforms.length) file.platforms = platforms;
  else missing.push({ key: 'platforms', reason: 'no platforms recorded' });
  const categories = [...new Set(tool.categories.map((c) => c.publiccode ?? 'other'))];
  if (categories.length) file.categories = categories;
  file.developmentStatus = tool.developmentStatus.toLowerCase();
  const type = softwareType(tool);
  if (type) {
    file.softwareType = type;
    derived.push({ key: 'softwareType', reason: 'derived from hosting and platforms; the catalogue has no such field' });
  } else missing.push({ key: 'softwareType', reason: 'neither hosting nor platforms say how it runs' });
  if (tool.standards.length) file.supports = tool.standards.map((s) => ({ id: `${options.baseUrl}/standaarden/${s.id}` }));
  file.intendedAudience = { countries: ['NL'], scope: tool.sectors.includes('HO') ? ['education', 'research'] : ['education'] };

  const description: Record<string, unknown> = {};
  for (const lang of ['nl', 'en'] as const) {
    const block = descriptionBlock(tool, lang, missing);
    if (block) description[lang] = block;
  }
  if (Object.keys(description).length) file.description = description;
  else missing.push({ key: 'description', reason: 'no language has a short and long description and features' });
  file.legal = { license: tool.license.expression };

  const maintenanceType = tool.maintenance ? MAINTENANCE[tool.maintenance] : undefined;
  if (maintenanceType) {
    file.maintenance = { type: maintenanceType };
    if (maintenanceType === 'contract') missing.push({ key: 'maintenance.contractors', reason: 'the catalogue holds no contractor names and end dates' });
    if (maintenanceType === 'community') missing.push({ key: 'maintenance.contacts', reason: 'the catalogue holds no public contact person' });
  } else missing.push({ key: 'maintenance', reason: 'no maintenance type recorded' });
  if (tool.languages.length) {
    file.localisation = { localisationReady: tool.languages.length > 1, availableLanguages: tool.languages };
    derived.push({ key: 'localisation.localisationReady', reason: 'true when the tool has more than one UI language' });
  } else missing.push({ key: 'localisation', reason: 'no UI languages recorded' });

  const doc = new Document(file);
  doc.commentBefore = [
    ` publiccode.yml of ${tool.name}, exported by the edu-catalogus from ${options.baseUrl}/tools/${tool.id}`,
    ...missing.map((m) => ` MISSING ${m.key}: ${m.reason}`),
    ...derived.map((d) => ` DERIVED ${d.key}: ${d.reason}`),
  ].join('\n');
  return { text: doc.toString({ lineWidth: 0 }), missing, derived };
}

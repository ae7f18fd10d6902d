/**
 * A deterministic synthetic catalogue for benchmarks and property tests: the real seed catalogue
 * plus `count` generated tools, each modelled on a real tool (its words, categories, what it
 * replaces) with its own name, shuffled text and random facets, so word and facet frequencies look
 * like a large real catalogue's. Written in bulk, then indexed with one reindexTools call.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { licenseConditions, loadCatalogue, type ToolSeed } from '@edu-catalogus/seeds';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { alternatives, toolFacets, tools } from '../src/store/tables.ts';
import { TOOL_DIMENSIONS } from '../src/store/search/facets.ts';
import { reindexTools } from '../src/store/search/reindex.ts';
import { seedToolsDb } from '../src/curation/seed.ts';
import type { ToolsDb } from '../src/store/tables.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 've', 'ra', 'no', 'tu', 'si', 'be', 'do', 'xa', 'ri', 'pe', 'lu', 'zo', 'fi', 'ga', 'mo', 'ne', 'ti'];
const LICENSES = ['MIT', 'Apache-2.0', 'GPL-3.0-or-later', 'AGPL-3.0-or-later', 'MPL-2.0', 'BSD-3-Clause', 'LGPL-3.0-or-later', 'GPL-2.0-or-later', 'EUPL-1.2'];
const LANGUAGES = ['nl', 'en', 'de', 'fr', 'es', 'it', 'pl', 'tr', 'ar', 'uk'];
const PLATFORMS = ['WEB', 'WINDOWS', 'MACOS', 'LINUX', 'ANDROID', 'IOS', 'CHROMEOS'];
const SECTORS = ['PO', 'SO', 'VO', 'MBO', 'HO'];
const HOSTING = ['SELF_HOSTED', 'SAAS_EU', 'SAAS_NL', 'SAAS_OTHER', 'DESKTOP'];
const STATUSES = ['STABLE', 'STABLE', 'STABLE', 'BETA', 'DEVELOPMENT', 'CONCEPT', 'OBSOLETE'];

export function createRandom(seed: number) {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const chosen = new Set<T>();
    const n = int(min, Math.min(max, items.length));
    while (chosen.size < n) chosen.add(pick(items));
    return [...chosen];
  };
  return { int, pick, some };
}
type Random = ReturnType<typeof createRandom>;

/** `text` with its words kept at random (about 70%) and shuffled a little: same vocabulary, new document. */
function remix(random: Random, text: string): string {
  const words = text.split(/\s+/).filter((w) => random.int(0, 9) < 7);
  for (let i = words.length - 1; i > 0; i -= 3) {
    const j = random.int(Math.max(0, i - 3), i);
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.join(' ');
}

function syntheticTool(random: Random, template: ToolSeed, n: number) {
  const brand = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
  const name = `${brand[0]!.toUpperCase()}${brand.slice(1)} ${template.name.split(' ')[0]} ${n}`;
  const id = `${normalizeText(brand)}-${template.id}-${n}`;
  const license = random.int(0, 3) === 0 ? random.pick(LICENSES) : template.license.expression;
  const day = new Date(Date.UTC(2020, 0, 1) + random.int(0, 6 * 365 * 24 * 3600) * 1000).toISOString();
  const localized = (t: { nl: string; en?: string | undefined }) => ({ nl: remix(random, t.nl), en: remix(random, t.en ?? t.nl) });
  return {
    row: {
      id,
      name,
      summary: localized(template.summary),
      description: template.description ? localized(template.description) : null,
      homepage: `https://example.org/${id}`,
      repository: null,
      licenseExpression: license,
      licenseOsiApproved: true,
      license: { ...template.license, expression: license, components: [], caveats: [], history: [] },
      developmentStatus: random.pick(STATUSES),
      maintenance: template.maintenance ?? null,
      features: template.features ? { nl: random.some(template.features.nl, 1, 6), en: random.some(template.features.en ?? [], 0, 6) } : null,
      privacy: null,
      accessibility: null,
      sources: [{ url: `https://example.org/${id}` }],
      certainty: 'UNCERTAIN',
      uncertainties: [],
      updatedAt: day,
      createdAt: day,
    },
    facets: {
      category: [...new Set([...template.categories, ...(random.int(0, 4) === 0 ? [random.pick(template.categories)] : [])])],
      sector: random.some(SECTORS, 1, 4),
      platform: random.some(PLATFORMS, 1, 5),
      hosting: random.some(HOSTING, 1, 3),
      license: license.split(/ OR | AND /).filter((id) => !id.startsWith('LicenseRef')),
      licenseCondition: licenseConditions({ expression: license }),
      replaces: [] as string[],
      standard: random.some(template.standards, 0, 3),
      facility: random.some(template.facilities, 0, 1),
      language: random.some(LANGUAGES, 1, 4),
      developmentStatus: [] as string[],
    },
    replaces: random.some(template.replaces, 0, 2),
  };
}

/** Seeds the real catalogue into `db`, then adds `count` synthetic tools (deterministic for `seed`). */
export async function writeSyntheticCatalogue(db: ToolsDb, count: number, seed = 1): Promise<string[]> {
  const catalogue = loadCatalogue(undefined, normalizeText);
  await seedToolsDb(db, catalogue);
  const random = createRandom(seed);
  const ids: string[] = [];
  const BATCH = 500;
  for (let start = 0; start < count; start += BATCH) {
    db.transaction(
      (tx) => {
        const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => syntheticTool(random, random.pick(catalogue.tools), start + i));
        tx.insert(tools)
          .values(batch.map((t) => t.row))
          .run();
        const facetRows = batch.flatMap((t) => {
          const values = { ...t.facets, developmentStatus: [t.row.developmentStatus], replaces: t.replaces.map((r) => r.product) };
          return TOOL_DIMENSIONS.flatMap((dimension) => values[dimension].map((value, position) => ({ toolId: t.row.id, dimension, value, position })));
        });
        for (let i = 0; i < facetRows.length; i += 1000)
          tx.insert(toolFacets)
            .values(facetRows.slice(i, i + 1000))
            .run();
        const alts = batch.flatMap((t) => t.replaces.map((r) => ({ toolId: t.row.id, productId: r.product, fit: r.fit, notes: null })));
        if (alts.length) tx.insert(alternatives).values(alts).run();
        reindexTools(
          tx,
          batch.map((t) => t.row.id),
        );
        ids.push(...batch.map((t) => t.row.id));
      },
      { behavior: 'immediate' },
    );
  }
  return ids;
}

/** Reads and validates every seed file; one error lists every bad file, field and dangling reference. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import * as o from './offerings.ts';
import * as s from './schema.ts';

export const SEEDS_DIR = path.resolve(import.meta.dirname, '..');

export interface Catalogue {
  categories: s.CategorySeed[];
  products: s.ProductSeed[];
  tools: s.ToolSeed[];
  organisations: s.OrganisationSeed[];
  facilities: s.FacilitySeed[];
  standards: s.StandardSeed[];
  offerings: o.OfferingSeed[];
  advice: o.AdviceSeed[];
}

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
}

const folders = {
  categories: s.categorySeed,
  products: s.productSeed,
  tools: s.toolSeed,
  organisations: s.organisationSeed,
  facilities: s.facilitySeed,
  standards: s.standardSeed,
  offerings: o.offeringSeed,
  advice: o.adviceSeed,
} as const;

/**
 * Schools and their usage come only from schools' own declarations (docs/schools.md): a public seed
 * folder for them, even of example schools, is refused.
 */
const NEVER_SEEDED = ['schools', 'usage', 'usage-declarations'];

/** Folders added later (the schools subgraph's); a seed folder without them has none of those entries. */
const OPTIONAL_FOLDERS = new Set(['offerings', 'advice']);

function readFolder<S extends z.ZodType<{ id: string }>>(dir: string, folder: string, schema: S, problems: string[]) {
  const entries: z.output<S>[] = [];
  let files: string[];
  try {
    files = readdirSync(path.join(dir, folder))
      .filter((f) => f.endsWith('.yaml'))
      .sort();
  } catch {
    if (!OPTIONAL_FOLDERS.has(folder)) problems.push(`${folder}/: folder is missing`);
    return entries;
  }
  for (const file of files) {
    const where = `${folder}/${file}`;
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(path.join(dir, folder, file), 'utf8'));
    } catch (error) {
      problems.push(`${where}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${where}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      continue;
    }
    if (result.data.id !== file.slice(0, -'.yaml'.length)) {
      problems.push(`${where}: id: "${result.data.id}" must equal the file name`);
      continue;
    }
    entries.push(result.data);
  }
  return entries;
}

function checkReferences(c: Catalogue, problems: string[]): void {
  const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));
  const known = {
    category: ids(c.categories),
    product: ids(c.products),
    organisation: ids(c.organisations),
    facility: ids(c.facilities),
    standard: ids(c.standards),
    tool: ids(c.tools),
  };
  const ref = (where: string, kind: keyof typeof known, values: string[]) => {
    for (const value of values) if (!known[kind].has(value)) problems.push(`${where}: unknown ${kind} "${value}"`);
    const dup = values.find((value, i) => values.indexOf(value) !== i);
    if (dup) problems.push(`${where}: "${dup}" is listed twice`);
  };
  for (const t of c.tools) {
    const at = `tools/${t.id}.yaml`;
    ref(`${at}: categories`, 'category', t.categories);
    ref(
      `${at}: replaces`,
      'product',
      t.replaces.map((r) => r.product),
    );
    ref(`${at}: standards`, 'standard', t.standards);
    ref(`${at}: facilities`, 'facility', t.facilities);
  }
  for (const p of c.products) ref(`products/${p.id}.yaml: category`, 'category', [p.category]);
  for (const f of c.facilities) {
    const at = `facilities/${f.id}.yaml`;
    ref(`${at}: operator`, 'organisation', [f.operator]);
    ref(`${at}: partners`, 'organisation', f.partners);
    ref(`${at}: dependsOn`, 'facility', f.dependsOn);
    ref(`${at}: standards`, 'standard', f.standards);
    if (f.dependsOn.includes(f.id)) problems.push(`${at}: dependsOn: a facility cannot depend on itself`);
  }
  for (const st of c.standards) ref(`standards/${st.id}.yaml: maintainer`, 'organisation', [st.maintainer]);
  for (const offering of c.offerings) {
    ref(`offerings/${offering.id}.yaml: tool`, 'tool', [offering.tool]);
    ref(`offerings/${offering.id}.yaml: provider`, 'organisation', [offering.provider]);
  }
  for (const a of c.advice) {
    const at = `advice/${a.id}.yaml`;
    ref(`${at}: product`, 'product', [a.product]);
    ref(`${at}: recommend`, 'tool', a.recommend);
    ref(`${at}: alsoConsider`, 'tool', a.alsoConsider);
    if (a.id !== o.adviceId(a.product, a.sector)) problems.push(`${at}: id: must be "${o.adviceId(a.product, a.sector)}"`);
  }
}

function checkAliases(products: s.ProductSeed[], problems: string[], normalize: (v: string) => string): void {
  const owner = new Map<string, string>();
  for (const p of products) {
    for (const name of new Set([p.name, ...p.aliases].map(normalize))) {
      const other = owner.get(name);
      if (other && other !== p.id) problems.push(`products/${p.id}.yaml: aliases: "${name}" is also a name of ${other}`);
      owner.set(name, p.id);
    }
  }
}

/**
 * Loads the whole catalogue from `dir`. `normalize` is the matcher's normaliser, so two products can
 * never answer to the same typed name.
 */
export function loadCatalogue(dir = SEEDS_DIR, normalize: (v: string) => string = (v) => v.toLowerCase()): Catalogue {
  const problems: string[] = [];
  for (const folder of NEVER_SEEDED)
    if (existsSync(path.join(dir, folder)))
      problems.push(`${folder}/: schools and their usage are never seeded; they come only from schools' own declarations (docs/schools.md)`);
  const catalogue = Object.fromEntries(
    Object.entries(folders).map(([folder, schema]) => [folder, readFolder(dir, folder, schema, problems)]),
  ) as unknown as Catalogue;
  checkReferences(catalogue, problems);
  checkAliases(catalogue.products, problems, normalize);
  if (problems.length > 0) throw new SeedError(problems);
  return catalogue;
}

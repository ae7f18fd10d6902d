/**
 * `npm run new-subgraph -- <name> [Entity] [port]`: a new subgraph from schema/template/ in
 * services/<name>/ (the same folders and files as every other), its resolver types generated from its SDL (so it is
 * born typed), and its line in the registry.
 * Then: `npm install` (links the workspace), `npm run db:generate -w @edu-catalogus/<name>`, `npm run compose`.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeGeneratedFiles } from '@edu-catalogus/kit/codegen';
import { SUBGRAPHS } from './index.ts';

export const TEMPLATE_DIR = path.resolve(import.meta.dirname, '../template');
const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface NewSubgraph {
  /** Lower-case letters and digits (`schools`): the folder, package, database and registry name. */
  name: string;
  /** The entity type it owns (`School`); default: the name in the singular. */
  entity?: string;
  port?: number;
}

const singular = (name: string) => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') ? name.slice(0, -1) : name);
const plural = (name: string) => (/[^aeiou]y$/.test(name) ? `${name.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(name) ? `${name}es` : `${name}s`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The placeholders of the template and their values. */
export function placeholders(spec: NewSubgraph): Record<string, string> {
  if (!/^[a-z][a-z0-9]*$/.test(spec.name)) throw new Error(`name: "${spec.name}" must be lower-case letters and digits, starting with a letter`);
  const entity = spec.entity ?? capital(singular(spec.name));
  if (!/^[A-Z][A-Za-z0-9]*$/.test(entity)) throw new Error(`Entity: "${entity}" must be PascalCase`);
  const port = spec.port ?? Math.max(...SUBGRAPHS.map((s) => s.defaultPort)) + 1;
  return {
    __name__: spec.name,
    __NAME__: spec.name.toUpperCase(),
    __Name__: capital(spec.name),
    __Entity__: entity,
    __entity__: entity.charAt(0).toLowerCase() + entity.slice(1),
    /** The entity's table: snake_case plural (`Offering` → `offerings`), not the subgraph's name, so a second entity's table fits beside it. */
    __entities__: plural(entity.replace(/[A-Z]/g, (c, i: number) => `${i ? '_' : ''}${c.toLowerCase()}`)),
    __PORT__: String(port),
  };
}

const fill = (text: string, values: Record<string, string>) => Object.entries(values).reduce((t, [k, v]) => t.replaceAll(k, v), text);

/** Copies the template to `<servicesDir>/<name>`, filling in names in file names and contents; returns the folder. */
export function scaffoldSubgraph(spec: NewSubgraph, servicesDir = path.join(repoRoot, 'services')): string {
  const values = placeholders(spec);
  const dir = path.join(servicesDir, spec.name);
  if (existsSync(dir)) throw new Error(`${dir} exists already`);
  cpSync(TEMPLATE_DIR, dir, { recursive: true });
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const file = path.join(folder, entry);
      const target = path.join(folder, fill(entry, values));
      if (target !== file) renameSync(file, target);
      if (statSync(target).isDirectory()) walk(target);
      else writeFileSync(target, fill(readFileSync(target, 'utf8'), values));
    }
  };
  walk(dir);
  return dir;
}

/** Writes a scaffolded subgraph's `src/resolvers/types.generated.ts` from its `codegen.ts` (what `npm run codegen` does). */
export async function generateResolverTypes(dir: string): Promise<string[]> {
  const { default: config } = (await import(path.join(dir, 'codegen.ts'))) as { default: Parameters<typeof writeGeneratedFiles>[0] };
  return writeGeneratedFiles(config);
}

/** The registry's source with the subgraph added: its import (in module order), and its name at the end of the list. */
export function registerSubgraph(registrySource: string, name: string): string {
  const list = /export const subgraphs: readonly SubgraphDefinition\[\] = \[([^\]]*)\];/;
  if (!list.test(registrySource)) throw new Error('schema/src/registry.ts: the subgraphs list was not found');
  const lines = registrySource.split('\n');
  const imports = lines.filter((l) => l.startsWith('import '));
  const from = (line: string) => /from '([^']+)'/.exec(line)?.[1] ?? '';
  const sorted = [...imports, `import { definition as ${name} } from '@edu-catalogus/${name}/definition';`].sort((a, b) => (from(a) < from(b) ? -1 : 1));
  const first = lines.indexOf(imports[0]!);
  const rest = lines.filter((l) => !l.startsWith('import '));
  rest.splice(first, 0, ...sorted);
  return rest.join('\n').replace(list, (all, names: string) => all.replace(`[${names}]`, `[${names}, ${name}]`));
}

if (process.argv[1] === import.meta.filename) {
  const [name, entity, port] = process.argv.slice(2);
  try {
    if (!name) throw new Error('usage: npm run new-subgraph -- <name> [Entity] [port]');
    const dir = scaffoldSubgraph({ name, ...(entity ? { entity } : {}), ...(port ? { port: Number(port) } : {}) });
    await generateResolverTypes(dir);
    const registry = path.join(import.meta.dirname, 'registry.ts');
    writeFileSync(registry, registerSubgraph(readFileSync(registry, 'utf8'), name));
    console.log(`created ${path.relative(repoRoot, dir)} (with its resolver types) and added it to schema/src/registry.ts; now:`);
    console.log(`  npm install && npm run db:generate -w @edu-catalogus/${name} && npm run compose`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

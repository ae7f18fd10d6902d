/** The registry is the one list: every subgraph in it has the same shape, and the README's table of subgraphs is the registry's. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_DIR } from '../src/new-subgraph.ts';
import { subgraphs } from '../src/registry.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Files every subgraph has (layout of issue 12); folders are compared as a whole below. */
const ENTRY_FILES = [
  'README.md',
  'package.json',
  'tsconfig.json',
  'vitest.config.ts',
  'drizzle.config.ts',
  'codegen.ts',
  'test/codegen.test.ts',
  'src/definition.ts',
  'src/main.ts',
  'src/schema.graphql',
  'src/context.ts',
  'src/resolvers/index.ts',
  'src/store/tables.ts',
];

/** Every folder under `dir`, relative to it. */
function folders(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [path.join(under, e.name), ...folders(dir, path.join(under, e.name))])
    .sort();
}
const serviceDir = (def: { entry: string }) => path.resolve(path.dirname(def.entry), '..');

describe('the subgraphs of the registry', () => {
  it('have the same folders under src/, and the template has them too', () => {
    const shapes = Object.fromEntries(subgraphs.map((def) => [def.name, folders(path.join(serviceDir(def), 'src'))]));
    const expected = folders(path.join(TEMPLATE_DIR, 'src'));
    for (const [name, shape] of Object.entries(shapes)) expect({ name, shape }).toEqual({ name, shape: expected });
  });

  it('have the same entry files, generated resolver types and committed migrations', () => {
    for (const def of subgraphs) {
      const dir = serviceDir(def);
      const missing = [...ENTRY_FILES, 'src/resolvers/types.generated.ts', 'drizzle/meta/_journal.json'].filter((f) => !existsSync(path.join(dir, f)));
      expect({ name: def.name, missing }).toEqual({ name: def.name, missing: [] });
      expect(path.basename(dir)).toBe(def.name);
    }
    for (const file of ENTRY_FILES) expect(existsSync(path.join(TEMPLATE_DIR, file)), `template: ${file}`).toBe(true);
  });

  it('are the rows of the README table of subgraphs, in the registry order', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = /^## Subgraphs\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
    const rows = section
      .split('\n')
      .filter((line) => /^\| `/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim().replace(/`/g, '')))
      .map(([, name, , portVariable, port, database]) => ({ name, portVariable, port: Number(port), database }));
    const registry = subgraphs.map((def) => ({ name: def.name, portVariable: def.portVariable, port: def.defaultPort, database: def.databaseName }));
    expect(rows).toEqual(registry);
  });
});

/**
 * The repository's import rules (.dependency-cruiser.cjs, run by `npm run deps`) over a small fixture tree laid out
 * like the repository: each rule must report its violation and leave the allowed imports alone, so a rule that
 * stops matching (a renamed folder, a broken regular expression) fails here instead of passing silently.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

/** path → source; imports only, exports to keep the files modules. */
const FIXTURE: Record<string, string> = {
  'node_modules/better-sqlite3/package.json': '{ "name": "better-sqlite3", "main": "index.js" }',
  'node_modules/better-sqlite3/index.js': 'module.exports = {};',
  'services/kit/src/logger.ts': 'export const logger = 1;',
  'services/kit/src/db.ts': "import Database from 'better-sqlite3';\nexport const db = Database;",
  'services/kit/src/entries/runtime.ts': "export * from '../logger.ts';",
  'services/kit/src/entries/data.ts': "export * from '../db.ts';",
  'services/kit/src/feed.ts': "import { names } from '../../../schema/src/index.ts';\nexport const feed = names;",
  'schema/src/index.ts': 'export const names = [];',
  'gateway/src/main.ts': "import { logger } from '../../services/kit/src/entries/runtime.ts';\nexport const main = logger;",
  'services/web/src/main.ts': "import { db } from '../../kit/src/entries/data.ts';\nexport const main = db;",
  'services/tools/src/store/tables.ts': "import type * as tables from './tables.ts';\nexport const tools = 1;\nexport type Tables = typeof tables;",
  'services/tools/src/store/tool-store.ts':
    "import { tools } from './tables.ts';\nimport { Tool } from '../resolvers/Tool.ts';\nexport const toolStore = { tools, Tool };",
  'services/tools/src/store/search/index.ts':
    "import { tools } from '../tables.ts';\nimport { toolStore } from '../tool-store.ts';\nexport const search = { tools, toolStore };",
  'services/tools/src/resolvers/Tool.ts': "import { toolStore } from '../store/tool-store.ts';\nexport const Tool = () => toolStore;",
  'services/tools/src/resolvers/Query.ts':
    "import { search } from '../store/search/index.ts';\nimport { definition } from '../definition.ts';\nexport const Query = { search, definition };",
  // A cycle only through generated code (codegen's types name a mapper type the resolver declares) is allowed.
  'services/tools/src/resolvers/types.generated.ts': "import type { Mapper } from './Mapped.ts';\nexport type Resolvers = { mapped: Mapper };",
  'services/tools/src/resolvers/Mapped.ts':
    "import type { Resolvers } from './types.generated.ts';\nexport type Mapper = { id: string };\nexport const mapped: Partial<Resolvers> = {};",
  'services/tools/src/curation/adapters.ts': "import { Query } from '../resolvers/Query.ts';\nexport const adapters = Query;",
  'services/tools/src/definition.ts': "import { logger } from '../../kit/src/entries/runtime.ts';\nexport const definition = logger;",
  // kit has no root entry: neither its package name nor a recreated src/index.ts may be imported; its subpaths may.
  'services/schools/src/main.ts':
    "import { logger } from '@edu-catalogus/kit';\nimport { db } from '@edu-catalogus/kit/data';\nexport const main = { logger, db };",
  'services/kit/src/index.ts': "export * from './logger.ts';",
  'schema/src/compose.ts': "import { logger } from '../../services/kit/src/index.ts';\nexport const compose = logger;",
  'services/facilities/src/store/facility-store.ts': "import { tools } from '../../../tools/src/store/tables.ts';\nexport const facilityStore = tools;",
};

let root: string;
let result: ICruiseResult;
/** Every violation as `rule: from -> to`. */
let found: string[];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'dependency-rules-'));
  for (const [file, source] of Object.entries(FIXTURE)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), source);
  }
  const { tsConfig: _ignored, ...options } = config.options ?? {};
  const reported = await cruise(['services', 'gateway', 'schema'], {
    ...options,
    ruleSet: { forbidden: config.forbidden ?? [] },
    validate: true,
    baseDir: root,
  });
  result = reported.output as ICruiseResult;
  found = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the dependency rules', () => {
  it('report a circle', () => {
    const circles = found.filter((v) => v.startsWith('no-circular:'));
    expect(circles).toEqual([expect.stringMatching(/^no-circular: services\/tools\/src\/(resolvers\/Tool|store\/tool-store)\.ts -> /)]);
    expect(result.summary.violations.find((v) => v.rule.name === 'no-circular')?.cycle?.map((step) => step.name)).toEqual(
      expect.arrayContaining(['services/tools/src/store/tool-store.ts', 'services/tools/src/resolvers/Tool.ts']),
    );
  });

  it('report a store importing a resolver, and curation importing a resolver', () => {
    expect(found).toContain('store-only-looks-down: services/tools/src/store/tool-store.ts -> services/tools/src/resolvers/Tool.ts');
    expect(found).toContain('curation-only-looks-down: services/tools/src/curation/adapters.ts -> services/tools/src/resolvers/Query.ts');
  });

  it('report search importing a store, but not search reading the tables', () => {
    expect(found).toContain('search-serves-the-store: services/tools/src/store/search/index.ts -> services/tools/src/store/tool-store.ts');
    expect(found.filter((v) => v.endsWith('-> services/tools/src/store/tables.ts') && v.includes('store/search/'))).toEqual([]);
  });

  it('report a resolver importing the definition', () => {
    expect(found).toContain('resolvers-below-the-definition: services/tools/src/resolvers/Query.ts -> services/tools/src/definition.ts');
  });

  it('report a subgraph importing another subgraph, and kit importing another workspace', () => {
    expect(found).toContain('subgraph-stays-in-its-folder: services/facilities/src/store/facility-store.ts -> services/tools/src/store/tables.ts');
    expect(found).toContain('kit-imports-no-workspace: services/kit/src/feed.ts -> schema/src/index.ts');
  });

  it('report the web reaching the database driver through kit/data, and leave the gateway on kit/runtime alone', () => {
    expect(found).toContain('light-processes-stay-light: services/web/src/main.ts -> node_modules/better-sqlite3/index.js');
    expect(found.filter((v) => v.includes('gateway/'))).toEqual([]);
  });

  it("report an import of kit's root, by package name or by file, but not of its subpaths", () => {
    expect(found).toContain('kit-by-subpath: services/schools/src/main.ts -> @edu-catalogus/kit');
    expect(found).toContain('kit-by-subpath: schema/src/compose.ts -> services/kit/src/index.ts');
    expect(found.filter((v) => v.includes('@edu-catalogus/kit/'))).toEqual([]);
  });

  it('report nothing else: downward imports inside a subgraph and imports of kit (but its old root) pass', () => {
    expect(found.length).toBe(10);
    const others = found.filter((v) => !v.startsWith('kit-by-subpath:'));
    expect(others.filter((v) => v.includes('definition.ts ->') || v.includes('-> services/kit/'))).toEqual([]);
  });
});

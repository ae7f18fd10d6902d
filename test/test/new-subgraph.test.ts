/**
 * The README's "Adding a subgraph" is true: a throwaway subgraph made by `npm run new-subgraph`'s scaffold,
 * with its resolver types generated and its first migration from drizzle-kit, type-checks, is added to the registry
 * list, composes with the others, and answers a query through a gateway over the new supergraph.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTokenVerifier, loadGatewayConfig, type RunningGateway, startGateway } from '@edu-catalogus/gateway';
import { loadOrCreateSecret, type RunningServer, repoRoot, silentLogger, trustingPeers } from '@edu-catalogus/kit/runtime';
import { launchSubgraph, type SubgraphDefinition } from '@edu-catalogus/kit/subgraph';
import { composeSupergraph } from '@edu-catalogus/schema/compose';
import { generateResolverTypes, registerSubgraph, scaffoldSubgraph } from '@edu-catalogus/schema/new-subgraph';
import { subgraphs } from '@edu-catalogus/schema/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../src/http.ts';

// Inside the repository, so the scaffold's imports (@edu-catalogus/kit, drizzle-orm) resolve as a workspace's do.
const workDir = mkdtempSync(path.join(repoRoot, '.new-subgraph-test-'));
let dir: string;
let definition: SubgraphDefinition;
let supergraph: string;
let subgraph: (RunningServer & { db: any }) | undefined;
let gateway: RunningGateway | undefined;

beforeAll(async () => {
  // The work folder stands for the repository root: the scaffold's tsconfig extends ../../tsconfig.json.
  writeFileSync(path.join(workDir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json' }));
  dir = scaffoldSubgraph({ name: 'libraries', entity: 'Book' }, path.join(workDir, 'services'));
  // What `npm run new-subgraph` does after copying: the resolver types from the new SDL.
  await generateResolverTypes(dir);
  // Step 2 of the recipe: its first migration.
  execFileSync(path.join(repoRoot, 'node_modules/.bin/drizzle-kit'), ['generate'], { cwd: dir, stdio: 'pipe' });
  ({ definition } = await import(path.join(dir, 'src/definition.ts')));
  const { createBookStore } = await import(path.join(dir, 'src/store/book-store.ts'));
  supergraph = composeSupergraph([...subgraphs, definition]);
  const secret = loadOrCreateSecret(workDir);
  subgraph = await launchSubgraph(definition, {
    databaseFile: path.join(workDir, 'libraries.db'),
    port: 0,
    logger: silentLogger,
    secret,
    peers: trustingPeers,
  });
  const entry = { name: 'De Klimop', summary: { nl: 'Een boek' }, sources: [], certainty: 'CONFIRMED', uncertainties: [], verifiedAt: null };
  createBookStore(subgraph.db).publish({ id: 'klimop', ...entry });
  const config = loadGatewayConfig({ DATA_DIR: workDir, RESPONSE_CACHE: 'false' });
  gateway = await startGateway({
    supergraph,
    subgraphUrls: { ...config.subgraphUrls, libraries: subgraph.url },
    port: 0,
    secret,
    verifyToken: await createTokenVerifier(config.auth),
    publicApi: config.publicApi,
    logging: false,
  });
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await subgraph?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('adding a subgraph as the README says', () => {
  it('adds one import and one name to the registry list', () => {
    const registry = registerSubgraph(readFileSync(path.join(repoRoot, 'schema/src/registry.ts'), 'utf8'), 'libraries');
    expect(registry).toContain("import { definition as libraries } from '@edu-catalogus/libraries/definition';");
    expect(registry).toContain('[tools, facilities, standards, schools, libraries]');
  });

  it('is born typed: its resolvers are checked against the types generated from its SDL, and it type-checks', () => {
    expect(readFileSync(path.join(dir, 'src/resolvers/types.generated.ts'), 'utf8')).toContain('export type BookResolvers<');
    expect(readFileSync(path.join(dir, 'src/resolvers/index.ts'), 'utf8')).toContain('export const resolvers: Resolvers = ');
    const tsc = spawnSync(path.join(repoRoot, 'node_modules/.bin/tsc'), ['-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
    expect(tsc.stdout).toBe('');
    expect(tsc.status).toBe(0);
  }, 180_000); // tsc reads kit and the seeds too: tens of seconds on a busy machine

  it('names the table after the entity in the plural, not after the subgraph', () => {
    const folder = path.join(workDir, 'services/libraries/drizzle');
    const sql = readdirSync(folder)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => readFileSync(path.join(folder, f), 'utf8'))
      .join('\n');
    expect(sql).toContain('CREATE TABLE `books`');
    expect(sql).not.toContain('CREATE TABLE `libraries`');
  });

  it('composes with the registry subgraphs, on the next free port', () => {
    expect(definition.portVariable).toBe('LIBRARIES_PORT');
    expect(supergraph).toContain('LIBRARIES @join__graph(name: "libraries", url: "http://localhost:4005/graphql")');
    expect(supergraph).toMatch(/type Book @join__type\(graph: LIBRARIES, key: "id"\)/);
  });

  it('answers through a gateway over the new supergraph', async () => {
    const response = await postJson(gateway!.url, { query: '{ book(id: "klimop") { name summary { nl } } bookList(search: "klim") { id } }' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { book: { name: 'De Klimop', summary: { nl: 'Een boek' } }, bookList: [{ id: 'klimop' }] } });
  });
});

/**
 * The README's "Adding a subgraph" is true: a throwaway subgraph made by `npm run new-subgraph`'s scaffold,
 * with its first migration from drizzle-kit, is added to the registry list, composes with the others, and
 * answers a query through a gateway over the new supergraph.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTokenVerifier, loadGatewayConfig, type RunningGateway, startGateway } from '@edu-catalogus/gateway';
import { launchSubgraph, loadOrCreateSecret, type RunningServer, repoRoot, type SubgraphDefinition, silentLogger, trustingPeers } from '@edu-catalogus/kit';
import { composeSupergraph } from '@edu-catalogus/schema/compose';
import { registerSubgraph, scaffoldSubgraph } from '@edu-catalogus/schema/new-subgraph';
import { subgraphs } from '@edu-catalogus/schema/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../src/http.ts';

// Inside the repository, so the scaffold's imports (@edu-catalogus/kit, drizzle-orm) resolve as a workspace's do.
const workDir = mkdtempSync(path.join(repoRoot, '.new-subgraph-test-'));
let definition: SubgraphDefinition;
let supergraph: string;
let subgraph: (RunningServer & { db: any }) | undefined;
let gateway: RunningGateway | undefined;

beforeAll(async () => {
  // The work folder stands for the repository root: the scaffold's tsconfig extends ../../tsconfig.json.
  writeFileSync(path.join(workDir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json' }));
  const dir = scaffoldSubgraph({ name: 'schools', entity: 'School' }, path.join(workDir, 'services'));
  // Step 2 of the recipe: its first migration.
  execFileSync(path.join(repoRoot, 'node_modules/.bin/drizzle-kit'), ['generate'], { cwd: dir, stdio: 'pipe' });
  ({ definition } = await import(path.join(dir, 'src/definition.ts')));
  const { createSchoolStore } = await import(path.join(dir, 'src/store/school-store.ts'));
  supergraph = composeSupergraph([...subgraphs, definition]);
  const secret = loadOrCreateSecret(workDir);
  subgraph = await launchSubgraph(definition, { databaseFile: path.join(workDir, 'schools.db'), port: 0, logger: silentLogger, secret, peers: trustingPeers });
  const entry = { name: 'OBS De Klimop', summary: { nl: 'Openbare basisschool' }, sources: [], certainty: 'CONFIRMED', uncertainties: [], verifiedAt: null };
  createSchoolStore(subgraph.db).publish({ id: 'klimop', ...entry });
  const config = loadGatewayConfig({ DATA_DIR: workDir, RESPONSE_CACHE: 'false' });
  gateway = await startGateway({
    supergraph,
    subgraphUrls: { ...config.subgraphUrls, schools: subgraph.url },
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
    const registry = registerSubgraph(readFileSync(path.join(repoRoot, 'schema/src/registry.ts'), 'utf8'), 'schools');
    expect(registry).toContain("import { definition as schools } from '@edu-catalogus/schools/definition';");
    expect(registry).toContain('[tools, facilities, standards, schools]');
  });

  it('composes with the registry subgraphs, on the next free port', () => {
    expect(definition.portVariable).toBe('SCHOOLS_PORT');
    expect(supergraph).toContain('SCHOOLS @join__graph(name: "schools", url: "http://localhost:4004/graphql")');
    expect(supergraph).toMatch(/type School @join__type\(graph: SCHOOLS, key: "id"\)/);
  });

  it('answers through a gateway over the new supergraph', async () => {
    const response = await postJson(gateway!.url, { query: '{ school(id: "klimop") { name summary { nl } } schoolList(search: "klim") { id } }' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { school: { name: 'OBS De Klimop', summary: { nl: 'Openbare basisschool' } }, schoolList: [{ id: 'klimop' }] } });
  });
});

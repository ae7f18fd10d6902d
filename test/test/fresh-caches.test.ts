/** Fresh caches on every gateway: a publish through one gateway purges the response cache of another through the change feed. */
import { loadGatewayConfig, startConfiguredGateway, type RunningGateway } from '@edu-catalogus/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEntry, publishNew } from '../src/changes.ts';
import { postJson } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
let following: RunningGateway;
let notFollowing: RunningGateway;
const env = () => ({
  DATA_DIR: stack.dataDir,
  GATEWAY_PORT: '0',
  CACHE_MAX_AGE: '300',
  SUBGRAPH_TOOLS_URL: stack.subgraphUrls.tools,
  SUBGRAPH_FACILITIES_URL: stack.subgraphUrls.facilities,
  SUBGRAPH_STANDARDS_URL: stack.subgraphUrls.standards,
  SUBGRAPH_SCHOOLS_URL: stack.subgraphUrls.schools,
});
beforeAll(async () => {
  stack = await startStack({ env: { CACHE_MAX_AGE: '300' } });
  following = await startConfiguredGateway(loadGatewayConfig({ ...env(), CHANGES_POLL_MS: '100' }), { logging: false });
  // The control: a gateway that reads the feed once at start and then not for 23 days.
  notFollowing = await startConfiguredGateway(loadGatewayConfig({ ...env(), CHANGES_POLL_MS: '2000000000' }), { logging: false });
});
afterAll(async () => {
  await following?.close();
  await notFollowing?.close();
  await stack.stop();
});

const ask = async (gateway: RunningGateway, query: string) => ((await postJson(gateway.url, { query })).json as { data: any }).data;
const ORG = `{ organisation(id: "org-fresh") { name } organisations { id } }`;

describe('response caches of several gateways', () => {
  it('shows an entry published through one gateway on another, whose cache held the old answer', async () => {
    expect((await ask(following, ORG)).organisation).toBeNull();
    expect((await ask(notFollowing, ORG)).organisation).toBeNull();
    const tool = `{ tools(first: 100) { edges { node { id } } } }`;
    const toolsBefore = await ask(following, tool);

    const alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
    const bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
    await publishNew(stack, alice, bob, newEntry.facilities('fresh'));
    const publishedAt = Date.now();

    // The following gateway purges on the event; wait for it (bounded by the test timeout).
    let answer = await ask(following, ORG);
    while (answer.organisation === null) answer = await ask(following, ORG);
    console.log(`fresh on the other gateway after ${Date.now() - publishedAt} ms`);
    expect(answer.organisation).toEqual({ name: 'Organisatie fresh' });
    expect(answer.organisations.map((o: { id: string }) => o.id)).toContain('org-fresh');
    // The control still serves its cached answer: it is the feed that made the difference.
    expect((await ask(notFollowing, ORG)).organisation).toBeNull();
    // Answers that show no organisation stay cached (same as before, from the cache).
    expect(await ask(following, tool)).toEqual(toolsBefore);
  });

  it('never caches the change feed itself', async () => {
    const page = async () =>
      (await ask(notFollowing, `{ changes(first: 100) { events { subject } } }`)).changes.events.map((e: { subject: string }) => e.subject);
    const before = await page();
    const alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
    const bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
    await publishNew(stack, alice, bob, newEntry.standards('fresh'));
    expect(await page()).toEqual([...before, 'std-fresh']);
  });
});

/**
 * Fresh caches on every gateway: a publish through one gateway (the stack's) purges, through the change
 * feed, exactly the answers it touches in another gateway's response cache: the entry by id, the lists
 * it joins, a lookup that answered null before it was published, a reference that resolved to null
 * (`Tool.curatedBy`) before its organisation was published; an unrelated answer of the same type stays cached (`extensions.responseCache.hit`, RESPONSE_CACHE_METADATA).
 */
import { loadGatewayConfig, startConfiguredGateway, type RunningGateway } from '@edu-catalogus/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEntry, publishNew } from '../src/changes.ts';
import { postJson } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';
import { storeSql } from '../src/store-sql.ts';

let stack: Stack;
let following: RunningGateway;
let notFollowing: RunningGateway;
let alice: string;
let bob: string;
const env = () => ({
  DATA_DIR: stack.dataDir,
  GATEWAY_PORT: '0',
  CACHE_MAX_AGE: '300',
  RESPONSE_CACHE_METADATA: 'true',
  SUBGRAPH_TOOLS_URL: stack.subgraphUrls.tools,
  SUBGRAPH_FACILITIES_URL: stack.subgraphUrls.facilities,
  SUBGRAPH_STANDARDS_URL: stack.subgraphUrls.standards,
  SUBGRAPH_SCHOOLS_URL: stack.subgraphUrls.schools,
  // The tests ask again until an answer is fresh.
  RATE_LIMIT: '1000000',
});
beforeAll(async () => {
  stack = await startStack({ env: { CACHE_MAX_AGE: '300' } });
  following = await startConfiguredGateway(loadGatewayConfig({ ...env(), CHANGES_POLL_MS: '100' }), { logging: false });
  // The control: a gateway that reads the feed once at start and then not for 23 days.
  notFollowing = await startConfiguredGateway(loadGatewayConfig({ ...env(), CHANGES_POLL_MS: '2000000000' }), { logging: false });
  alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
});
afterAll(async () => {
  await following?.close();
  await notFollowing?.close();
  await stack.stop();
});

interface Answer {
  data: any;
  hit: boolean;
}
const ask = async (gateway: RunningGateway, query: string): Promise<Answer> => {
  const body = (await postJson(gateway.url, { query })).json as { data: any; errors?: unknown; extensions?: { responseCache?: { hit?: boolean } } };
  expect(body.errors, query).toBeUndefined();
  return { data: body.data, hit: body.extensions?.responseCache?.hit === true };
};
/** Asks until `fresh` holds (the follower purged); bounded by the test timeout. Returns the answer and how long it took. */
async function askUntil(gateway: RunningGateway, query: string, fresh: (data: any) => boolean, since: number) {
  for (;;) {
    const answer = await ask(gateway, query);
    if (fresh(answer.data)) return { ...answer, ms: Date.now() - since };
  }
}
/** Asks twice: the second answer comes from the cache. */
async function cached(gateway: RunningGateway, query: string): Promise<any> {
  const first = await ask(gateway, query);
  expect((await ask(gateway, query)).hit, query).toBe(true);
  return first.data;
}

const NEW_ORG = `{ organisation(id: "org-purge") { name } }`;
const ORGS = `{ organisations { id name } }`;
const NEW_STD = `{ standard(id: "std-purge") { name } }`;
const STDS = `{ standards(orderBy: UPDATED, first: 5) { totalCount edges { node { id name } } } }`;
const OTHER_ORG = `{ organisation(id: "kennisnet") { name } }`;
const OTHER_STD = `{ standard(id: "lti-1-3") { name } }`;
const OTHER_TOOLS = `{ tools(first: 3) { edges { node { id } } } }`;

describe('response caches of several gateways', () => {
  it('shows a newly published entry on another gateway: its null lookup and the lists it joins; other answers stay cached', async () => {
    expect((await cached(following, NEW_ORG)).organisation).toBeNull();
    expect((await cached(following, NEW_STD)).standard).toBeNull();
    const orgsBefore = await cached(following, ORGS);
    const stdsBefore = await cached(following, STDS);
    for (const q of [OTHER_ORG, OTHER_STD, OTHER_TOOLS]) await cached(following, q);
    expect((await cached(notFollowing, NEW_ORG)).organisation).toBeNull();

    await publishNew(stack, alice, bob, newEntry.standards('purge'));
    await publishNew(stack, alice, bob, newEntry.facilities('purge'));
    const publishedAt = Date.now();

    const org = await askUntil(following, NEW_ORG, (d) => d.organisation !== null, publishedAt);
    const std = await askUntil(following, NEW_STD, (d) => d.standard !== null, publishedAt);
    console.log(`previously null lookups fresh on the other gateway after ${org.ms} / ${std.ms} ms`);
    expect(org.data.organisation).toEqual({ name: 'Organisatie purge' });
    expect(std.data.standard).toEqual({ name: 'Standaard purge' });
    // The lists were purged with them: a plain list and a connection.
    const orgs = await ask(following, ORGS);
    expect(orgs.hit).toBe(false);
    expect(orgs.data.organisations).toHaveLength(orgsBefore.organisations.length + 1);
    expect(orgs.data.organisations).toContainEqual({ id: 'org-purge', name: 'Organisatie purge' });
    const stds = await ask(following, STDS);
    expect(stds.data.standards.totalCount).toBe(stdsBefore.standards.totalCount + 1);
    expect(stds.data.standards.edges[0].node).toEqual({ id: 'std-purge', name: 'Standaard purge' });
    // Entries of the same types that the publishes did not touch are still served from the cache.
    for (const q of [OTHER_ORG, OTHER_STD, OTHER_TOOLS]) expect((await ask(following, q)).hit, q).toBe(true);
    // The control still serves its cached answer: it is the feed that made the difference.
    expect((await ask(notFollowing, NEW_ORG)).data.organisation).toBeNull();
  });

  it('shows a changed entry on another gateway: by id and in a list that contains it; other answers stay cached', async () => {
    const byId = await cached(following, NEW_ORG);
    expect(byId.organisation).toEqual({ name: 'Organisatie purge' });
    await cached(following, ORGS);
    await cached(following, OTHER_ORG);
    const as = (t: string) => ({ authorization: `Bearer ${t}` });
    const entry = await stack.query(`{ organisationEntry(id: "org-purge") { version } }`, {}, as(alice));
    const input = { ...newEntry.facilities('purge').input, name: 'Organisatie purge, hernoemd' };
    const { id: _id, ...rest } = input;
    const version = entry.body.data.organisationEntry.version;
    for (const [mutation, token, variables] of [
      [
        `mutation($input: OrganisationInput!) { updateOrganisation(id: "org-purge", expectedVersion: ${version}, input: $input) { version } }`,
        alice,
        { input: rest },
      ],
      ['mutation { submitOrganisation(id: "org-purge") { version } }', alice, {}],
      ['mutation { publishOrganisation(id: "org-purge") { version } }', bob, {}],
    ] as const) {
      const result = await stack.query(mutation, variables, as(token));
      expect(result.body.errors, mutation).toBeUndefined();
    }
    const changedAt = Date.now();

    const renamed = await askUntil(following, NEW_ORG, (d) => d.organisation.name !== 'Organisatie purge', changedAt);
    console.log(`changed entry fresh on the other gateway after ${renamed.ms} ms`);
    expect(renamed.data.organisation).toEqual({ name: 'Organisatie purge, hernoemd' });
    expect((await ask(following, ORGS)).data.organisations).toContainEqual({ id: 'org-purge', name: 'Organisatie purge, hernoemd' });
    expect((await ask(following, OTHER_ORG)).hit).toBe(true);
  });

  it('shows a reference that was null (the organisation not yet published) once that organisation is published', async () => {
    // Curation does not set curatedBy yet: the row refers to an organisation the catalogue does not publish yet.
    await storeSql(stack, 'tools', `UPDATE tools SET curated_by = 'org-keeper' WHERE id = 'anki'`);
    const CURATED = `{ tool(id: "anki") { id curatedBy { name } } }`;
    expect((await cached(following, CURATED)).tool).toEqual({ id: 'anki', curatedBy: null });
    expect((await cached(notFollowing, CURATED)).tool.curatedBy).toBeNull();
    await cached(following, OTHER_TOOLS);

    await publishNew(stack, alice, bob, newEntry.facilities('keeper'));
    const publishedAt = Date.now();

    const fresh = await askUntil(following, CURATED, (d) => d.tool.curatedBy !== null, publishedAt);
    console.log(`null reference fresh on the other gateway after ${fresh.ms} ms`);
    expect(fresh.data.tool).toEqual({ id: 'anki', curatedBy: { name: 'Organisatie keeper' } });
    expect((await ask(following, OTHER_TOOLS)).hit).toBe(true);
    expect((await ask(notFollowing, CURATED)).data.tool.curatedBy).toBeNull();
  });

  it('never caches the change feed itself', async () => {
    const page = async () =>
      (await ask(notFollowing, `{ changes(first: 100) { events { subject } } }`)).data.changes.events.map((e: { subject: string }) => e.subject);
    const before = await page();
    await publishNew(stack, alice, bob, newEntry.standards('fresh'));
    expect(await page()).toEqual([...before, 'std-fresh']);
  });
});

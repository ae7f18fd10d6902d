/**
 * Replicas without state (issue 17): one PostgreSQL serving every subgraph, two tools subgraphs (and one
 * of each other subgraph) and two gateways, each gateway on its own tools replica. A curator writes
 * through gateway A; a reader of gateway B, whose response cache already holds the old answers, sees the
 * change within a second, in the tool, its search and the facet counts that tools replica B computes in
 * PostgreSQL (gateway B follows the change feed and purges what the change touched, CHANGES_POLL_MS).
 * A curator of an organisation published through gateway A has rights on tools replica B at once, though
 * B remembered for a minute that the organisation was unknown: B hears the commit (LISTEN/NOTIFY).
 * Two instances of the web site, each over its own gateway and with a DATA_DIR of its own, share the
 * curators' sign-outs through the same PostgreSQL.
 */
import { loadGatewayConfig, type RunningGateway, startConfiguredGateway } from '@edu-catalogus/gateway';
import { graphEnvironment, type RunningServer } from '@edu-catalogus/kit/runtime';
import { subgraphs } from '@edu-catalogus/schema/registry';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEntry, publishNew } from '../src/changes.ts';
import { postJson } from '../src/http.ts';
import { type Stack, startStack } from '../src/stack.ts';
import { getPage, startWebOver } from '../src/web.ts';

const FRESH_WITHIN_MS = 1000;
// Cached answers live long enough that only the change feed can make gateway B fresh within the second.
const CACHE = { CACHE_MAX_AGE: '300', RESPONSE_CACHE_METADATA: 'true', RATE_LIMIT: '1000000' };

let stack: Stack;
let toolsB: RunningServer;
let gatewayB: RunningGateway;
let alice: string;
let bob: string;
beforeAll(async () => {
  stack = await startStack({ store: 'postgres', env: CACHE });
  toolsB = await stack.launchReplica('tools');
  const urls = subgraphs.map((s) => ({ name: s.name, url: s.name === 'tools' ? toolsB.url : stack.subgraphUrls[s.name]! }));
  gatewayB = await startConfiguredGateway(loadGatewayConfig({ DATA_DIR: stack.dataDir, GATEWAY_PORT: '0', ...graphEnvironment(urls), ...CACHE }), {
    logging: false,
  });
  alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
}, 600_000);
afterAll(async () => {
  await gatewayB?.close();
  await stack?.stop();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const input = {
  name: 'Kalzium',
  summary: { nl: 'Periodiek systeem met eigenschappen van elementen voor scheikunde.', en: 'Periodic table with element properties for chemistry.' },
  homepage: 'https://apps.kde.org/kalzium/',
  license: { expression: 'GPL-2.0-or-later' },
  categories: ['educational-content'],
  platforms: ['LINUX'],
  sectors: ['VO'],
  developmentStatus: 'STABLE',
  sources: [{ url: 'https://invent.kde.org/education/kalzium' }],
  certainty: 'PROBABLE',
};

/** A write through gateway A (the stack's), as a curator. */
async function write(mutation: string, token: string, variables: Record<string, unknown> = {}) {
  const result = await stack.query(mutation, variables, as(token));
  expect(result.body.errors, mutation).toBeUndefined();
  return result.body.data;
}

/** Asks gateway B each query until its `fresh` holds (all queries each round, in parallel); fails when that takes longer than a second after `since`. */
async function freshOnB(checks: { query: string; fresh: (data: any) => boolean }[], since: number): Promise<{ data: any[]; ms: number }> {
  for (;;) {
    const bodies = await Promise.all(checks.map(async ({ query }) => (await postJson(gatewayB.url, { query })).json as { data: any; errors?: unknown }));
    for (const [i, body] of bodies.entries()) expect(body.errors, checks[i]!.query).toBeUndefined();
    const ms = Date.now() - since;
    const data = bodies.map((body) => body.data);
    if (checks.every(({ fresh }, i) => fresh(data[i]))) return { data, ms };
    if (ms > FRESH_WITHIN_MS) throw new Error(`gateway B still answers ${JSON.stringify(data)} ${ms} ms after the write through gateway A`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const TOOL = `{ tool(id: "kalzium") { name summary { en } } tools(search: "kalzium") { totalCount } }`;
// The facet counts of Linux tools for secondary schools, which Kalzium joins when it is published.
const FACETS = `{ tools(filter: { platform: [LINUX], sector: [VO] }) { totalCount facets { dimension values { value count } } } }`;
const facetCount = (data: any, dimension: string, value: string): number =>
  data.tools.facets.find((f: any) => f.dimension === dimension)?.values.find((v: any) => v.value === value)?.count ?? 0;

describe('two tools replicas and two gateways on one PostgreSQL', () => {
  it('serves every subgraph from PostgreSQL, tools on two replicas', () => {
    expect(stack.stores).toEqual(Object.fromEntries(subgraphs.map((s) => [s.name, 'postgres'])));
    expect(toolsB.url).not.toBe(stack.subgraphUrls.tools);
  });

  it('shows a tool published through gateway A on gateway B within a second, in its search and facet counts', async () => {
    // Gateway B has answered (and cached) that there is no such tool, and the facet counts without it.
    const before = (await postJson(gatewayB.url, { query: TOOL })).json as { data: any };
    expect(before.data).toEqual({ tool: null, tools: { totalCount: 0 } });
    const facetsBefore = ((await postJson(gatewayB.url, { query: FACETS })).json as { data: any }).data;
    const educational = facetCount(facetsBefore, 'CATEGORY', 'educational-content');
    await write(`mutation($input: ToolInput!) { createTool(input: $input) { id } }`, alice, { input });
    await write(`mutation { submitTool(id: "kalzium") { version } }`, alice);
    await write(`mutation { publishTool(id: "kalzium") { version } }`, bob);
    const fresh = await freshOnB(
      [
        { query: TOOL, fresh: (d) => d.tool !== null && d.tools.totalCount === 1 },
        { query: FACETS, fresh: (d) => d.tools.totalCount === facetsBefore.tools.totalCount + 1 },
      ],
      Date.now(),
    );
    console.log(`published tool and facet counts fresh on gateway B after ${fresh.ms} ms`);
    const [tool, facets] = fresh.data;
    expect(tool).toEqual({ tool: { name: 'Kalzium', summary: { en: input.summary.en } }, tools: { totalCount: 1 } });
    expect(facetCount(facets, 'CATEGORY', 'educational-content')).toBe(educational + 1);
    expect(facetCount(facets, 'PLATFORM', 'LINUX')).toBe(facetCount(facetsBefore, 'PLATFORM', 'LINUX') + 1);
  });

  it('shows a change to it through gateway A on gateway B within a second', async () => {
    await postJson(gatewayB.url, { query: TOOL });
    const { toolEntry } = await write(`{ toolEntry(id: "kalzium") { version } }`, alice);
    const changed = { ...input, summary: { ...input.summary, en: 'The periodic table, element by element.' } };
    await write(`mutation($input: ToolInput!) { updateTool(id: "kalzium", expectedVersion: ${toolEntry.version}, input: $input) { version } }`, alice, {
      input: changed,
    });
    await write(`mutation { submitTool(id: "kalzium") { version } }`, alice);
    await write(`mutation { publishTool(id: "kalzium") { version } }`, bob);
    const fresh = await freshOnB([{ query: TOOL, fresh: (d) => d.tool?.summary.en === 'The periodic table, element by element.' }], Date.now());
    console.log(`changed tool fresh on gateway B after ${fresh.ms} ms`);
    expect(fresh.data[0].tools.totalCount).toBe(1);
  });

  it('gives a curator rights on tools replica B as soon as their organisation is published through gateway A', async () => {
    const carol = await stack.token({ sub: 'carol', org: 'org-replica', roles: ['curator'] });
    const create = `mutation($input: ToolInput!) { createTool(input: $input) { id } }`;
    const draft = { ...input, name: 'Kalzium replica test' };
    // Tools replica B asks facilities and remembers (for a minute) that the organisation is unknown.
    const refused = (await postJson(gatewayB.url, { query: create, variables: { input: draft } }, as(carol))).json as { errors?: any[] };
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'UNKNOWN_ORGANISATION' });
    await publishNew(stack, alice, bob, newEntry.facilities('replica'));
    const since = Date.now();
    for (;;) {
      const answer = (await postJson(gatewayB.url, { query: create, variables: { input: draft } }, as(carol))).json as { data?: any; errors?: any[] };
      if (!answer.errors) {
        expect(answer.data.createTool).toEqual({ id: 'kalzium-replica-test' });
        console.log(`curator rights on tools replica B ${Date.now() - since} ms after the organisation was published`);
        return;
      }
      expect(answer.errors[0].extensions.reason).toBe('UNKNOWN_ORGANISATION');
      if (Date.now() - since > FRESH_WITHIN_MS) throw new Error('tools replica B still refuses the curator a second after their organisation was published');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });
});

describe('two instances of the web site with a DATA_DIR each, on one PostgreSQL', () => {
  const dataDirs: string[] = [];
  const sites: RunningWeb[] = [];
  afterAll(async () => {
    await Promise.all(sites.map((site) => site.close()));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });
  const site = async (gatewayUrl: string) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'edu-web-replica-'));
    dataDirs.push(dataDir);
    const running = await startWebOver(stack, { gatewayUrl, dataDir, databaseUrl: stack.databaseUrl });
    sites.push(running);
    return running;
  };

  it('refuses on instance B the copied cookie of a curator who signed out on instance A', async () => {
    const [a, b] = await Promise.all([site(stack.gatewayUrl), site(gatewayB.url)]);
    const token = await stack.token({ sub: 'olga', org: 'kennisnet', roles: ['curator'] });
    const signedIn = await fetch(`${a.url}/redactie/inloggen`, {
      method: 'POST',
      body: new URLSearchParams({ token, next: '/redactie' }),
      redirect: 'manual',
      headers: { origin: a.url },
    });
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    // The same cookie works on both instances while the curator is signed in.
    for (const instance of [a, b]) expect((await getPage(`${instance.url}/redactie`, { cookie })).status).toBe(200);
    const out = await fetch(`${a.url}/redactie/uitloggen`, { method: 'POST', redirect: 'manual', headers: { cookie, origin: a.url } });
    expect(out.status).toBe(303);
    for (const instance of [b, a]) {
      const copied = await getPage(`${instance.url}/redactie`, { cookie });
      expect(copied.status, instance.url).toBe(303);
      expect(copied.headers.get('location')).toMatch(/^\/redactie\/inloggen/);
    }
  });
});

/**
 * The cost-based concurrency limit (plugins/concurrency.ts) on a real gateway: a test plugin after it
 * holds every operation named `Held` until released, so the test sees how many of one client's
 * expensive operations run at once, that the next ones wait, that one past the queue is refused with
 * 429 RATE_LIMITED, that a cheap operation of the same client never waits, and that the gateway-wide
 * budget holds back another client too. No subgraph is asked (the plugin answers).
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST } from 'graphql';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPublicApiConfig } from '../src/public-config.ts';
import { type RunningGateway, startGateway } from '../src/server.ts';

const PORTAL = 'concurrency-test-portal';
const registry = new Registry();
let gateway: RunningGateway;
let release!: () => void;
const released = new Promise<void>((resolve) => (release = resolve));
const running = { ip: 0, portal: 0, maxIp: 0 };

/** Answers every operation itself; `Held` ones only once the test releases them, counting how many are inside meanwhile. */
const holder: GatewayPlugin = {
  async onExecute({ args, context, setResultAndStopExecution }) {
    if (getOperationAST(args.document)?.name?.value === 'Held') {
      const who = (context as { request: Request }).request.headers.get('x-api-key') === PORTAL ? 'portal' : 'ip';
      running[who]++;
      running.maxIp = Math.max(running.maxIp, running.ip);
      await released;
      running[who]--;
    }
    setResultAndStopExecution({ data: { answered: true } });
  },
};

beforeAll(async () => {
  gateway = await startGateway({
    subgraphUrls: {
      tools: 'http://127.0.0.1:9/graphql',
      facilities: 'http://127.0.0.1:9/graphql',
      standards: 'http://127.0.0.1:9/graphql',
      schools: 'http://127.0.0.1:9/graphql',
    },
    port: 0,
    secret: 'concurrency-test-secret',
    verifyToken: async () => {
      throw new Error('no tokens in this test');
    },
    logging: false,
    metricsRegistry: registry,
    // A search of one item costs 1 + 1000 (11 slots of 100): two fit in a client's budget (25 slots), three in the gateway's (35).
    publicApi: loadPublicApiConfig({
      RESPONSE_CACHE: 'false',
      SEARCH_COST: '1000',
      EXPENSIVE_COST: '1000',
      CONCURRENT_COST: '2500',
      CONCURRENT_COST_PORTAL: '2500',
      CONCURRENT_COST_TOTAL: '3500',
      EXPENSIVE_QUEUE: '10',
      PORTAL_API_KEYS: PORTAL,
    }),
    plugins: [holder],
  });
});
afterAll(() => {
  release();
  return gateway.close();
});
// Under a loaded machine twelve requests take a while to arrive; these wait for a state, not a time.
const settle = { timeout: 20_000, interval: 20 };

const EXPENSIVE = 'query Held($s: String) { tools(search: $s, first: 1) { totalCount } }';
const post = (query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = { s: 'samenwerken' }) =>
  fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
const waiting = async () => (await registry.getSingleMetric('gateway_expensive_waiting')!.get()).values[0]?.value ?? 0;

describe('expensive operations of one client', () => {
  it('run two at a time, queue ten, refuse the next with 429 RATE_LIMITED; cheap ones and other clients are not held back by that queue', async () => {
    const answers = Array.from({ length: 12 }, () => post(EXPENSIVE));
    await vi.waitFor(async () => expect(await waiting()).toBe(10), settle);
    expect(running.ip).toBe(2);

    const refused = await post(EXPENSIVE);
    expect(refused.status).toBe(429);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');

    // A tool page of the same client does not wait behind its searches.
    const cheap = await post('query Page { tool(id: "moodle") { id name } }', {}, {});
    expect(cheap.status).toBe(200);
    expect(await cheap.json()).toEqual({ data: { answered: true } });

    // Another client runs its own expensive operation: the gateway's budget (3500) has room for one more.
    const portalFirst = post(EXPENSIVE, { 'x-api-key': PORTAL });
    await vi.waitFor(() => expect(running.portal).toBe(1), settle);
    // Its second waits: its own line has room, the gateway's does not.
    const portalSecond = post(EXPENSIVE, { 'x-api-key': PORTAL });
    await vi.waitFor(async () => expect(await waiting()).toBe(11), settle);
    expect(running.portal).toBe(1);

    release();
    const statuses = await Promise.all([...answers, portalFirst, portalSecond].map(async (a) => (await a).status));
    expect(statuses).toEqual(Array(14).fill(200));
    expect(running.maxIp).toBe(2);
    expect(await waiting()).toBe(0);
  }, 60_000);
});

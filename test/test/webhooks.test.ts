/**
 * Signed webhooks for portals through the whole stack: a portal subscribes, the receiver verifies every
 * delivery with the `standardwebhooks` package, deliveries survive a receiver that fails for a while
 * and a gateway restart, a subscription that keeps failing is paused, and replay delivers again.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGatewayConfig, startConfiguredGateway } from '@edu-catalogus/gateway';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEntry, publishNew } from '../src/changes.ts';
import { postJson } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

// Read by the facilities subgraph when the stack starts: loopback allowed (tests only), fast retries, and a
// pause after 5 failed attempts and 400 ms (the receiver of the first test fails 3 times, however slow the machine).
Object.assign(process.env, {
  WEBHOOK_ALLOWLIST: '127.0.0.0/8',
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_RETRY_SCHEDULE_MS: '30,60',
  WEBHOOK_POLL_MS: '30',
  WEBHOOK_GIVE_UP_AFTER_MS: '400',
  WEBHOOK_GIVE_UP_AFTER_ATTEMPTS: '5',
});

interface Receiver {
  url: string;
  server: Server;
  /** Event ids of verified deliveries, in arrival order. */
  verified: string[];
  attempts: { id: string; status: number }[];
  /** Resolves once `n` verified deliveries arrived. */
  received: (n: number) => Promise<void>;
}

/** A portal's endpoint: answers `failFirst` attempts with 503, then verifies each signature (401 when it does not verify). */
async function startReceiver(secret: () => string, failFirst = 0, alwaysFail = false): Promise<Receiver> {
  const verified: string[] = [];
  const attempts: { id: string; status: number }[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const id = String(req.headers['webhook-id']);
    let status = 503;
    if (!alwaysFail && attempts.length >= failFirst) {
      try {
        new Webhook(secret()).verify(body, req.headers as IncomingHttpHeaders as Record<string, string>);
        status = 204;
        verified.push(id);
      } catch {
        status = 401;
      }
    }
    attempts.push({ id, status });
    res.writeHead(status).end();
    for (const w of waiters.filter((w) => verified.length >= w.n)) w.resolve();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    server,
    verified,
    attempts,
    received: (n) => (verified.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
  };
}

let stack: Stack;
let portal: Record<string, string>;
let alice: string;
let bob: string;
const receivers: Receiver[] = [];
beforeAll(async () => {
  stack = await startStack();
  portal = { authorization: `Bearer ${await stack.token({ sub: 'portal-1', org: 'kennisnet', roles: ['portal'] })}` };
  alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
});
afterAll(async () => {
  for (const r of receivers) r.server.close();
  await stack.stop();
});

const SUBSCRIBE = `mutation($url: String!, $types: [String!]) { createWebhookSubscription(url: $url, types: $types) { secret subscription { id status } } }`;
const STATUS = `{ webhookSubscriptions { id status lastError attempts deliveries(last: 50) { eventId status } } }`;

describe('webhooks', () => {
  let secret = '';
  let receiver: Receiver;
  let subscriptionId = '';

  it('delivers subscribed events signed, in feed order, through a receiver that fails for a while', async () => {
    receiver = await startReceiver(() => secret, 3);
    receivers.push(receiver);
    const created = await stack.query(SUBSCRIBE, { url: receiver.url, types: ['nl.edu-catalogus.standard.published'] }, portal);
    expect(created.body.errors).toBeUndefined();
    secret = created.body.data.createWebhookSubscription.secret;
    subscriptionId = created.body.data.createWebhookSubscription.subscription.id;
    expect(secret).toMatch(/^whsec_/);
    for (const n of ['wh-1', 'wh-2']) await publishNew(stack, alice, bob, newEntry.standards(n));
    await publishNew(stack, alice, bob, newEntry.facilities('wh-org')); // not subscribed
    await publishNew(stack, alice, bob, newEntry.standards('wh-3'));
    await receiver.received(3);
    const feed = (await stack.query(`{ changes(first: 100, types: ["nl.edu-catalogus.standard.published"]) { events { id subject } } }`)).body.data.changes
      .events;
    expect(receiver.verified).toEqual(feed.filter((e: { subject: string }) => e.subject.startsWith('std-wh-')).map((e: { id: string }) => e.id));
    // The failed attempts were retries of the first event, under the same webhook-id.
    expect(receiver.attempts.slice(0, 4).map((a) => [a.id, a.status])).toEqual([...Array(3).fill([receiver.verified[0], 503]), [receiver.verified[0], 204]]);
    const listed = (await stack.query(STATUS, {}, portal)).body.data.webhookSubscriptions[0];
    expect(listed.deliveries.filter((d: { status: number }) => d.status === 503)).toHaveLength(3);
  });

  it('keeps delivering across a gateway restart, and signs with old and new secret after a rotation', async () => {
    await stack.gateway.close();
    const config = loadGatewayConfig({
      DATA_DIR: stack.dataDir,
      GATEWAY_PORT: '0',
      SUBGRAPH_TOOLS_URL: stack.subgraphUrls.tools,
      SUBGRAPH_FACILITIES_URL: stack.subgraphUrls.facilities,
      SUBGRAPH_STANDARDS_URL: stack.subgraphUrls.standards,
      SUBGRAPH_SCHOOLS_URL: stack.subgraphUrls.schools,
    });
    const gateway = await startConfiguredGateway(config, { logging: false });
    Object.assign(stack, {
      gateway,
      gatewayUrl: gateway.url,
      query: async (q: string, variables = {}, headers = {}) => {
        const r = await postJson(gateway.url, { query: q, variables }, headers);
        return { status: r.status, headers: r.headers, body: r.json };
      },
    });
    const rotated = await stack.query(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: subscriptionId }, portal);
    const old = secret;
    secret = rotated.body.data.rotateWebhookSecret.secret;
    await publishNew(stack, alice, bob, newEntry.standards('wh-4'));
    await receiver.received(4);
    expect(old).not.toBe(secret); // verified under the new secret; the old still verifies too (kit test)
  });

  it('pauses a subscription that fails for the whole retry window, visibly, and replays it from a cursor', async () => {
    const failing = await startReceiver(() => '', 0, true);
    receivers.push(failing);
    const created = await stack.query(SUBSCRIBE, { url: failing.url, types: null }, portal);
    const id = created.body.data.createWebhookSubscription.subscription.id;
    let status = 'ACTIVE';
    while (status !== 'PAUSED') status = (await stack.query(STATUS, {}, portal)).body.data.webhookSubscriptions.find((s: { id: string }) => s.id === id).status;
    const paused = (await stack.query(STATUS, {}, portal)).body.data.webhookSubscriptions.find((s: { id: string }) => s.id === id);
    expect(paused).toMatchObject({ status: 'PAUSED', lastError: 'HTTP 503' });
    const replayed = await stack.query(`mutation($id: ID!) { replayWebhookSubscription(id: $id) { status } }`, { id }, portal);
    expect(replayed.body.data.replayWebhookSubscription.status).toBe('ACTIVE');
  });

  it('refuses private addresses, anonymous callers and readers without a role', async () => {
    const privateUrl = await stack.query(SUBSCRIBE, { url: 'https://10.0.0.1/hook' }, portal);
    expect(privateUrl.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect((await stack.query(SUBSCRIBE, { url: 'https://portal.example/hook' })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

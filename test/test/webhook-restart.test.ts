/**
 * Webhook deliveries survive the death of the process that delivers them: the facilities subgraph runs
 * as its own process next to the stack's other subgraphs; it is killed with SIGKILL while deliveries
 * are pending (the receiver failing) and started again on the same database. Every pending event then
 * arrives once, in feed order, verified with the `standardwebhooks` package; a delivery whose signature
 * or body was tampered with is refused by that receiver.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signedBody } from '@edu-catalogus/kit/runtime';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEntry } from '../src/changes.ts';
import { SEEDED_TEMPLATE_VARIABLE } from '../src/seeded-template.ts';
import { startSubgraphProcess, type SubgraphProcess } from '../src/subgraph-process.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
let dataDir: string;
let facilities: SubgraphProcess | undefined;
let server: Server;
let receiverUrl = '';
let secret = '';
/** false: every attempt gets 503 (deliveries stay pending). */
let accepting = false;
const attempts: { id: string; status: number }[] = [];
const verified: string[] = [];
const delivered: { body: string; headers: Record<string, string> }[] = [];
const waiters: { done: () => boolean; resolve: () => void }[] = [];
const until = (done: () => boolean) => (done() ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ done, resolve })));

/** Answers with the receiver's verdict: 503 while not accepting, 401 when `standardwebhooks` refuses the signature, else 204. */
function verdict(body: string, headers: Record<string, string>): number {
  if (!accepting) return 503;
  try {
    new Webhook(secret).verify(body, headers);
    return 204;
  } catch {
    return 401;
  }
}

beforeAll(async () => {
  stack = await startStack();
  dataDir = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-webhooks-'));
  // The run's seeded database, when there is one, spares the process seeding its own.
  const seeded = process.env[SEEDED_TEMPLATE_VARIABLE] && path.join(process.env[SEEDED_TEMPLATE_VARIABLE], 'facilities.db');
  if (seeded && existsSync(seeded)) copyFileSync(seeded, path.join(dataDir, 'facilities.db'));
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const headers = Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(req.headers[h])]));
    const status = verdict(body, headers);
    attempts.push({ id: headers['webhook-id']!, status });
    if (status === 204) {
      verified.push(headers['webhook-id']!);
      delivered.push({ body, headers });
    }
    res.writeHead(status).end();
    for (const w of waiters.filter((w) => w.done())) w.resolve();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  facilities?.child.kill('SIGKILL');
  await facilities?.exited;
  server?.close();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const start = () =>
  startSubgraphProcess('facilities', {
    DATA_DIR: dataDir,
    GATEWAY_HMAC_SECRET: stack.secret,
    SUBGRAPH_TOOLS_URL: stack.subgraphUrls.tools,
    SUBGRAPH_STANDARDS_URL: stack.subgraphUrls.standards,
    SUBGRAPH_SCHOOLS_URL: stack.subgraphUrls.schools!,
    WEBHOOK_ALLOWLIST: '127.0.0.0/8',
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_RETRY_SCHEDULE_MS: '40,80',
    WEBHOOK_POLL_MS: '30',
  });

/** A signed request straight to the subgraph process, as the gateway sends it. */
async function call(identity: object | null, query: string, variables: Record<string, unknown> = {}) {
  const body = signedBody(stack.secret, { query, variables, identity });
  const response = await fetch(facilities!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const result = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (result.errors?.length) throw new Error(result.errors[0]!.message);
  return result.data;
}
const alice = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };
const portal = { sub: 'portal-1', org: 'kennisnet', roles: ['portal'] };
const TYPE = 'nl.edu-catalogus.organisation.published';

describe('webhook delivery across a SIGKILL of the delivering process', () => {
  it('resumes every pending delivery after the restart, once each and in feed order', async () => {
    facilities = await start();
    const created = await call(portal, `mutation($url: String!, $types: [String!]) { createWebhookSubscription(url: $url, types: $types) { secret } }`, {
      url: receiverUrl,
      types: [TYPE],
    });
    secret = created.createWebhookSubscription.secret;
    for (const n of ['kill-1', 'kill-2', 'kill-3']) {
      const { input } = newEntry.facilities(n);
      await call(alice, `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`, { input });
      await call(alice, `mutation { submitOrganisation(id: "${input.id}") { id } }`);
      await call(bob, `mutation { publishOrganisation(id: "${input.id}") { id } }`);
    }
    // Deliveries are pending: the receiver has refused the first event at least twice.
    await until(() => attempts.length >= 2);
    facilities.child.kill('SIGKILL');
    await facilities.exited;
    expect(verified).toEqual([]);
    accepting = true;
    facilities = await start();
    await until(() => verified.length >= 3);
    const feed = await call(null, `query($types: [String!]) { changes(first: 100, types: $types) { events { id subject } } }`, { types: [TYPE] });
    const events = feed.changes.events as { id: string; subject: string }[];
    expect(events.map((e) => e.subject)).toEqual(['org-kill-1', 'org-kill-2', 'org-kill-3']);
    expect(verified).toEqual(events.map((e) => e.id));
    // Before the kill only the first event was attempted (in order, never past a failure).
    const beforeRestart = attempts.filter((a) => a.status === 503);
    expect(new Set(beforeRestart.map((a) => a.id))).toEqual(new Set([events[0]!.id]));
    // Two starts of a process (tsx, migrations) take a minute each on a loaded machine.
  }, 240_000);

  it('refuses a delivery whose signature or body was tampered with', async () => {
    const { body, headers } = delivered[0]!;
    const send = (b: string, h: Record<string, string>) =>
      fetch(receiverUrl, { method: 'POST', headers: { ...h, 'content-type': 'application/json' }, body: b });
    // The genuine delivery still verifies (a replay inside the timestamp tolerance).
    expect((await send(body, headers)).status).toBe(204);
    const signature = headers['webhook-signature']!;
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    expect((await send(body, { ...headers, 'webhook-signature': flipped })).status).toBe(401);
    expect((await send(body.replace('org-kill-1', 'org-kill-9'), headers)).status).toBe(401);
    expect((await send(body, { ...headers, 'webhook-timestamp': String(Number(headers['webhook-timestamp']) + 1) })).status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, send } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

/** A gate a test plugin waits on inside a subgraph call: shows a request in flight, then lets it go. */
function createGate() {
  let entered!: () => void;
  let release!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const open = new Promise<void>((resolve) => (release = resolve));
  return { inside, release: () => release(), pass: () => (entered(), open) };
}

const gates: ReturnType<typeof createGate>[] = [];
const gatePlugin = {
  // Holds subgraph calls of requests marked x-test-hold until the test releases them.
  onSubgraphExecute: ({ executionRequest }: { executionRequest: { context?: { request?: Request } } }) =>
    executionRequest.context?.request?.headers.get('x-test-hold') ? gates.at(-1)?.pass() : undefined,
};

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    // The timeout test holds its operation until released, so the timeout needs no hurry: at 300 ms a plain
    // request of the rate-limit test ran out on a loaded CI machine (504 instead of 200).
    env: { RATE_LIMIT: '3', PORTAL_API_KEYS: 'portal-key-1', RATE_LIMIT_PORTAL: '50', OPERATION_TIMEOUT_MS: '3000' },
    gateway: { plugins: [gatePlugin] },
  });
  // The first operation plans cold; warm up on the portal's own budget so the limits below are exact.
  await postJson(stack.gatewayUrl, query, { 'x-api-key': 'portal-key-1' });
});
afterAll(() => stack.stop());

const query = { query: '{ tool(id: "moodle") { id } }' };

describe('rate limits', () => {
  it('answers 429 with Retry-After and a code once an IP is over its limit; a registered portal key has its own budget', async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof postJson>> | undefined;
    for (let i = 0; i < 5; i++) {
      const response = await postJson(stack.gatewayUrl, query);
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused!.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    for (let i = 0; i < 5; i++) expect((await postJson(stack.gatewayUrl, query, { 'x-api-key': 'portal-key-1' })).status).toBe(200);
    // An unknown key is no way around the limit: it counts against the IP.
    expect((await postJson(stack.gatewayUrl, query, { 'x-api-key': 'made-up' })).status).toBe(429);
    // Nor is X-Forwarded-For from a peer that is not a trusted proxy (no TRUSTED_PROXIES here).
    expect((await postJson(stack.gatewayUrl, query, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
  });

  it('does not rate limit health checks', async () => {
    expect((await send(new URL('/healthz', stack.gatewayUrl).toString())).status).toBe(200);
  });
});

describe('rate limits behind a trusted reverse proxy', () => {
  let proxied: Stack;
  // The test client connects from 127.0.0.1, so it plays the proxy.
  beforeAll(async () => (proxied = await startStack({ env: { RATE_LIMIT: '2', TRUSTED_PROXIES: '127.0.0.1' } })));
  afterAll(() => proxied?.stop());
  const from = async (forwardedFor: string) => (await postJson(proxied.gatewayUrl, query, { 'x-forwarded-for': forwardedFor })).status;

  it('limits each client by the right-most X-Forwarded-For entry that is not a trusted proxy', async () => {
    expect([await from('203.0.113.1'), await from('203.0.113.1'), await from('203.0.113.1')]).toEqual([200, 200, 429]);
    // Entries left of the one the proxy appended are the client's own words and choose no bucket.
    expect(await from('198.51.100.7, 203.0.113.1')).toBe(429);
    // Another client behind the same proxy has its own budget; a second trusted hop changes nothing.
    expect([await from('203.0.113.2'), await from('203.0.113.2, 127.0.0.1'), await from('203.0.113.2')]).toEqual([200, 200, 429]);
  });
});

describe('timeouts and shutdown', () => {
  it('ends an operation that runs past OPERATION_TIMEOUT_MS with 504 and a code', async () => {
    const gate = createGate();
    gates.push(gate);
    try {
      // Not a query answered before: the response cache would answer it without a subgraph call.
      const response = await postJson(stack.gatewayUrl, { query: '{ tool(id: "nextcloud") { id } }' }, { 'x-test-hold': '1', 'x-api-key': 'portal-key-1' });
      expect(response.status).toBe(504);
      expect(response.json.errors[0].extensions.code).toBe('OPERATION_TIMEOUT');
    } finally {
      gate.release();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight when closed, then accepts no more', async () => {
    const own = await startStack({ gateway: { plugins: [gatePlugin] } });
    const gate = createGate();
    gates.push(gate);
    const inFlight = postJson(own.gatewayUrl, query, { 'x-test-hold': '1' });
    await gate.inside;
    const closing = own.gateway.close();
    gate.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.json.data.tool.id).toBe('moodle');
    await closing;
    await expect(fetch(own.gatewayUrl)).rejects.toThrow();
    await own.stop();
  });
});

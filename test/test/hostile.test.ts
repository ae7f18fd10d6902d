import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import type { RunningWeb } from '@edu-catalogus/web';
import { FREE_TEXT_REQUESTS, HOSTILE_REQUESTS, HOSTILE_WEB_REDIRECTS, LIMIT_CODES, type HostileRequest } from '../src/hostile.ts';
import { loadGatewayConfig, startConfiguredGateway } from '@edu-catalogus/gateway';
import { ACCEPT, getQuery, postJson, send } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';
import { startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
});
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

const subgraphEnv = () => ({
  SUBGRAPH_TOOLS_URL: stack.subgraphUrls.tools,
  SUBGRAPH_FACILITIES_URL: stack.subgraphUrls.facilities,
  SUBGRAPH_STANDARDS_URL: stack.subgraphUrls.standards,
  SUBGRAPH_SCHOOLS_URL: stack.subgraphUrls.schools,
});

/** A request whose path goes out byte for byte (fetch would turn a backslash into a slash). */
function rawRequest(base: string, path: string, form?: Record<string, string>) {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  const headers = form ? { 'content-type': 'application/x-www-form-urlencoded', origin: base } : {};
  return new Promise<{ status: number; location: string | undefined; text: string }>((resolve, reject) => {
    const req = httpRequest(`${base}/`, { method: form ? 'POST' : 'GET', path, headers }, async (res) => {
      let text = '';
      for await (const chunk of res) text += String(chunk);
      resolve({ status: res.statusCode ?? 0, location: res.headers.location, text });
    });
    req.on('error', reject);
    req.end(body);
  });
}

function sendHostile(request: HostileRequest, accept = ACCEPT) {
  const url = new URL(stack.gatewayUrl);
  for (const [key, value] of Object.entries(request.search ?? {})) url.searchParams.set(key, value);
  const method = request.method ?? (request.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { accept, ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}), ...request.headers };
  const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  return send(url.toString(), { method, headers, ...(body !== undefined ? { body } : {}) });
}

describe('hostile input', () => {
  it('has at least 50 hostile requests', () => {
    expect(HOSTILE_REQUESTS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(HOSTILE_REQUESTS.map((r) => [r.name, r] as const))('refuses %s with a 4xx and a code', async (_name, request) => {
    const response = await sendHostile(request);
    expect(response.status, response.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const code = response.json?.errors?.[0]?.extensions?.code;
    expect(code, response.text.slice(0, 300)).toBe(request.code);
  });

  const limitBreaches = HOSTILE_REQUESTS.filter((r) => LIMIT_CODES.includes(r.code));
  it.each(limitBreaches.map((r) => [r.name, r] as const))('refuses %s with a 400 to a client that accepts only application/json', async (_name, request) => {
    const response = await sendHostile(request, 'application/json');
    expect(response.status, response.text.slice(0, 300)).toBe(400);
    expect(response.json?.errors?.[0]?.extensions?.code).toBe(request.code);
  });

  it.each(FREE_TEXT_REQUESTS.map((r) => [r.name, r] as const))('bounds free text: %s', async (_name, request) => {
    const response = await postJson(stack.gatewayUrl, request.body);
    expect(response.status, response.text.slice(0, 300)).toBeLessThan(500);
    const errors = response.json?.errors;
    if (request.field === undefined) expect(errors, response.text.slice(0, 300)).toBeUndefined();
    else {
      expect(errors?.[0]?.extensions, response.text.slice(0, 300)).toMatchObject({ code: 'BAD_USER_INPUT', field: request.field });
      // Free text over the documented limits: the gateway answers the subgraph's refusal with 400, as its own limits.
      if (request.field === 'to' || request.field === 'search') expect(response.status).toBe(400);
    }
  });

  it('refuses an oversized body sent in chunks, without a Content-Length', async () => {
    const chunk = new TextEncoder().encode(`{"query":"{ __typename }","pad":"${'x'.repeat(64 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await send(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: ACCEPT },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each(HOSTILE_WEB_REDIRECTS.map((r) => [r.name, r] as const))('keeps the web site’s redirects on the site: %s', async (_name, attack) => {
    const { status, location } = await rawRequest(web.url, attack.path, attack.form);
    expect(status).toBeLessThan(500);
    if (location === undefined) return;
    // A browser reads `//host` and `/\\host` as another site; only a single leading slash stays here.
    expect(location).toMatch(/^\/(?![/\\])/);
    expect(new URL(location, web.url).origin).toBe(new URL(web.url).origin);
  });

  it('keeps /metrics off the public port and the subgraphs’ ports without METRICS_TOKEN', async () => {
    for (const url of [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)]) {
      const metrics = await send(new URL('/metrics', url).toString());
      expect(metrics.status, url).toBe(404);
      expect(metrics.text).not.toMatch(/graphql_|subgraph_/);
    }
    const origin = new URL(stack.gatewayUrl).origin;
    for (const path of ['//metrics', '/./metrics', '/graphql/../metrics', '/metrics/', '/%6Detrics', '/metrics?x=1']) {
      const metrics = await rawRequest(origin, path);
      expect(metrics.status, path).toBeGreaterThanOrEqual(400);
      expect(metrics.text, path).not.toMatch(/graphql_|subgraph_/);
    }
  });

  it('keeps the metrics to fixed label sets: no URLs, no variables, no client-chosen operation names', async () => {
    const metricsToken = 'a-token-only-the-scraper-knows';
    const gateway = await startConfiguredGateway(
      loadGatewayConfig({ DATA_DIR: stack.dataDir, GATEWAY_PORT: '0', METRICS_TOKEN: metricsToken, ...subgraphEnv() }),
      { logging: false },
    );
    try {
      const scrape = async () => (await send(new URL('/metrics', gateway.url).toString(), { headers: { authorization: `Bearer ${metricsToken}` } })).text;
      expect((await send(new URL('/metrics', gateway.url).toString(), { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
      await getQuery(gateway.url, 'query Warm($id: ID!) { tool(id: $id) { id } }', { id: 'moodle' });
      const before = (await scrape()).length;
      for (let i = 0; i < 100; i++) {
        await getQuery(gateway.url, `query Probe${i}($id: ID!) { tool(id: $id) { id } }`, { id: `secret-${i}` });
      }
      const after = await scrape();
      expect(after).not.toMatch(/Probe\d|secret-|url=|127\.0\.0\.1|localhost/);
      expect(after.length).toBeLessThan(before * 1.2);
    } finally {
      await gateway.close();
    }
  });

  it('is healthy and answers real queries afterwards', async () => {
    expect((await send(new URL('/healthz', stack.gatewayUrl).toString())).status).toBe(200);
    expect((await send(new URL('/readyz', stack.gatewayUrl).toString())).status).toBe(200);
    const response = await postJson(stack.gatewayUrl, { query: '{ tool(id: "moodle") { id standards { id } } }' });
    expect(response.status).toBe(200);
    expect(response.json.data.tool.id).toBe('moodle');
  });
});

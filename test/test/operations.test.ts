import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, repoRoot } from '@edu-catalogus/kit/runtime';
import { loadGatewayConfig, startConfiguredGateway } from '@edu-catalogus/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, send } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

/** Log lines the gateway writes, parsed. */
const logLines: Record<string, any>[] = [];
const logSink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
    done();
  },
});
const subgraphHeaders: Headers[] = [];

const METRICS_TOKEN = 'metrics-token-for-the-tests';
const scrape = (url: string) => send(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    env: { RATE_LIMIT: '1000', METRICS_TOKEN },
    gateway: {
      logger: createLogger('gateway', 'info', logSink),
      plugins: [
        {
          onFetch: ({ options }: { options: { headers?: Record<string, string> } }) => void subgraphHeaders.push(new Headers(options.headers)),
          // Stands in for a bug deep in the gateway: an exception whose message must never reach a client.
          onSubgraphExecute: ({ executionRequest }: { executionRequest: { context?: { request?: Request } } }) => {
            if (executionRequest.context?.request?.headers.get('x-test-explode')) {
              throw new Error('SQLITE_CORRUPT: database disk image is malformed (/srv/edu-catalogus/.data/tools.db)');
            }
          },
        },
      ],
    },
  });
});
afterAll(() => stack.stop());

const origin = () => new URL(stack.gatewayUrl).origin;

describe('health and readiness', () => {
  it('answers /healthz while the process is up', async () => {
    expect((await send(`${origin()}/healthz`)).status).toBe(200);
  });

  it('is ready only when every subgraph answers', async () => {
    const ready = await send(`${origin()}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json.subgraphs).toEqual({ tools: 'ready', facilities: 'ready', standards: 'ready', schools: 'ready' });
    const config = loadGatewayConfig({ DATA_DIR: stack.dataDir, GATEWAY_PORT: '0', ...urlsWith({ standards: 'http://127.0.0.1:9/graphql' }) });
    const orphan = await startConfiguredGateway(config, { logging: false });
    try {
      const notReady = await send(new URL('/readyz', orphan.url).toString());
      expect(notReady.status).toBe(503);
      expect(notReady.json.subgraphs.standards).toBe('unreachable');
      expect(notReady.json.subgraphs.tools).toBe('ready');
    } finally {
      await orphan.close();
    }
  });
});

function urlsWith(overrides: Partial<Stack['subgraphUrls']> = {}) {
  const urls = { ...stack.subgraphUrls, ...overrides };
  return {
    SUBGRAPH_TOOLS_URL: urls.tools,
    SUBGRAPH_FACILITIES_URL: urls.facilities,
    SUBGRAPH_STANDARDS_URL: urls.standards,
    SUBGRAPH_SCHOOLS_URL: urls.schools,
  };
}

describe('request ids and masked errors', () => {
  it('answers a subgraph that cannot be reached with SERVICE_UNAVAILABLE, 503 and Retry-After; no address or signed body reaches the client or the log', async () => {
    const config = loadGatewayConfig({ DATA_DIR: stack.dataDir, GATEWAY_PORT: '0', ...urlsWith({ standards: 'http://127.0.0.1:9/graphql' }) });
    const orphan = await startConfiguredGateway(config, { logger: createLogger('gateway', 'info', logSink) });
    const token = await stack.token({ sub: 'secret-sub-alice', org: 'kennisnet', roles: ['curator'] });
    const logged = logLines.length;
    try {
      const response = await postJson(orphan.url, { query: '{ tool(id: "moodle") { name standards { name } } }' }, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(response.json.data.tool.name).toBe('Moodle LMS');
      expect(response.json.errors[0]).toMatchObject({
        message: expect.stringContaining('standards service is unavailable'),
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'standards' },
      });
      expect(response.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|hmac|_entities/);
      const lines = JSON.stringify(logLines.slice(logged));
      expect(lines).toMatch(/ECONNREFUSED/);
      expect(lines).not.toMatch(/hmac|representations|secret-sub-alice/);
    } finally {
      await orphan.close();
    }
  });

  it('returns a request id and sends the same id to every subgraph it asks', async () => {
    subgraphHeaders.length = 0;
    const response = await postJson(stack.gatewayUrl, { query: '{ tool(id: "moodle") { standards { maintainer { name } } } }' });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(subgraphHeaders.length).toBeGreaterThanOrEqual(3);
    for (const headers of subgraphHeaders) expect(headers.get('x-request-id')).toBe(id);
  });

  it('keeps a well-formed request id the client sent, and replaces a malformed one', async () => {
    const response = await postJson(stack.gatewayUrl, { query: '{ tool(id: "moodle") { id } }' }, { 'x-request-id': 'portal-trace-42' });
    expect(response.headers.get('x-request-id')).toBe('portal-trace-42');
    const forged = await postJson(stack.gatewayUrl, { query: '{ tool(id: "moodle") { id } }' }, { 'x-request-id': `"}{"level":60 ${'x'.repeat(300)}` });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('masks an unexpected error as INTERNAL_SERVER_ERROR with the request id, and logs it in full under that id', async () => {
    const response = await postJson(stack.gatewayUrl, { query: '{ tool(id: "moodle") { name } }' }, { 'x-test-explode': '1' });
    const requestId = response.headers.get('x-request-id');
    expect(response.json.errors).toHaveLength(1);
    expect(response.json.errors[0].message).toBe('Unexpected error.');
    expect(response.json.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    expect(response.text).not.toMatch(/SQLITE|srv|\.db|stack|at /i);
    const logged = logLines.find((line) => line.requestId === requestId && line.level >= 50);
    expect(logged?.err?.message).toMatch(/SQLITE_CORRUPT/);
    expect(logged?.err?.stack).toMatch(/at /);
  });

  it('keeps a known error: its code and message reach the client unmasked', async () => {
    const response = await postJson(stack.gatewayUrl, { query: '{ tools(after: "not-a-cursor") { totalCount } }' });
    expect(response.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.json.errors[0].message).toMatch(/cursor/);
  });
});

describe('Prometheus metrics', () => {
  it('counts requests and errors and times operations and subgraph calls, per trusted operation and subgraph', async () => {
    const toolPage = readFileSync(
      path.join(
        repoRoot,
        'gateway/persisted-documents',
        readdirSync(path.join(repoRoot, 'gateway/persisted-documents')).find((f) =>
          readFileSync(path.join(repoRoot, 'gateway/persisted-documents', f), 'utf8').startsWith('query ToolPage'),
        )!,
      ),
      'utf8',
    );
    await postJson(stack.gatewayUrl, { query: toolPage, variables: { id: 'moodle' } });
    await postJson(stack.gatewayUrl, { query: 'query MetricsBroken { tool(id: "moodle") { nope } }' });
    const metrics = await scrape(`${origin()}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/graphql_yoga_http_duration_bucket\{[^}]*\}/);
    expect(metrics.text).toMatch(/graphql_envelop_request_duration_count\{[^}]*operationName="ToolPage"[^}]*\} [1-9]/);
    // A name that is not in the trusted-documents store is "other": clients cannot add series.
    expect(metrics.text).toMatch(/graphql_envelop_error_result\{[^}]*operationName="other"/);
    expect(metrics.text).not.toContain('MetricsBroken');
    for (const subgraph of ['tools', 'standards']) {
      expect(metrics.text).toMatch(new RegExp(`graphql_gateway_subgraph_execute_duration_bucket\\{[^}]*subgraphName="${subgraph}"`));
    }
  });

  it('has request counts and latencies on every subgraph too, behind the same token', async () => {
    await postJson(stack.gatewayUrl, { query: '{ tool(id: "moodle") { standards { maintainer { name } } } }' });
    for (const url of Object.values(stack.subgraphUrls)) {
      const metrics = await scrape(new URL('/metrics', url).toString());
      expect(metrics.status).toBe(200);
      expect(metrics.text).toMatch(/subgraph_http_request_duration_seconds_count\{path="\/graphql",status="200"\} [1-9]/);
      expect((await send(new URL('/metrics', url).toString())).status).toBe(401);
    }
  });

  it('serves the gateway’s metrics without a token on METRICS_PORT, on loopback', async () => {
    const config = loadGatewayConfig({ DATA_DIR: stack.dataDir, GATEWAY_PORT: '0', METRICS_PORT: '0', ...urlsWith() });
    const gateway = await startConfiguredGateway(config, { logging: false });
    try {
      expect(gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      await postJson(gateway.url, { query: '{ tool(id: "moodle") { id } }' });
      const metrics = await send(gateway.metricsUrl!);
      expect(metrics.status).toBe(200);
      expect(metrics.text).toMatch(/graphql_yoga_http_duration_bucket/);
      expect((await send(new URL('/metrics', gateway.url).toString())).status).toBe(404);
    } finally {
      await gateway.close();
    }
  });
});

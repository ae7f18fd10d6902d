/**
 * A rate-limited client costs the gateway almost nothing: it is refused at the HTTP layer before its
 * body is read, before Hive Gateway builds a request or runs a plugin. Shown by a body that never ends:
 * the refusal arrives anyway (the old order read the whole body first and so never answered).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPublicApiConfig } from '../src/public-config.ts';
import { type RunningGateway, startGateway } from '../src/server.ts';

let gateway: RunningGateway;
const seen: string[] = [];

beforeAll(async () => {
  gateway = await startGateway({
    subgraphUrls: {
      tools: 'http://127.0.0.1:9/graphql',
      facilities: 'http://127.0.0.1:9/graphql',
      standards: 'http://127.0.0.1:9/graphql',
      schools: 'http://127.0.0.1:9/graphql',
    },
    port: 0,
    secret: 'rate-limit-test-secret',
    verifyToken: async () => {
      throw new Error('no tokens in this test');
    },
    logging: false,
    publicApi: loadPublicApiConfig({ RATE_LIMIT: '1', RESPONSE_CACHE: 'false', CORS_ORIGINS: 'https://portal.example' }),
    // Records every request Hive Gateway's plugins get to see.
    plugins: [{ onRequest: ({ request }) => void seen.push(request.method) }],
  });
});
afterAll(() => gateway.close());

/** Sends the headers and the first half of a JSON body, never the rest; resolves with the answer that comes anyway. */
function halfBody(url: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const body = JSON.stringify({ query: '{ __typename }' });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length, origin: 'https://portal.example' } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode!, headers: res.headers, body: text });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, body.length / 2));
  });
}

describe('an IP over its rate limit', () => {
  it('is refused with 429 before its body is read or any gateway plugin runs', async () => {
    const first = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(first.status).toBe(200);
    expect(seen).toEqual(['POST']);
    const refused = await halfBody(gateway.url);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('RATE_LIMITED');
    // A browser on an allowed origin can read the refusal and its Retry-After.
    expect(refused.headers['access-control-allow-origin']).toBe('https://portal.example');
    expect(String(refused.headers['access-control-expose-headers'])).toMatch(/retry-after/);
    expect(seen).toEqual(['POST']);
  });
});

/**
 * The hostile-input suite at the web site: one visitor draining the site's shared gateway budget,
 * a gateway refusal shown as a 502, cookies without Secure behind an https proxy, a copied session
 * cookie that outlives sign-out.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '@edu-catalogus/kit/runtime';
import { startWeb, type RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { getPage, startWebOver } from '../src/web.ts';

const SMALL_PORTAL_KEY = 'small-portal-key-for-tests';
let stack: Stack;
const webs: RunningWeb[] = [];
const web = async (overrides: Parameters<typeof startWebOver>[1] = {}) => {
  const started = await startWebOver(stack, overrides);
  webs.push(started);
  return started;
};

beforeAll(async () => {
  stack = await startStack({ env: { RATE_LIMIT: '100000', PORTAL_API_KEYS: SMALL_PORTAL_KEY, RATE_LIMIT_PORTAL: '12' } });
});
afterAll(async () => {
  for (const started of webs) await started.close();
  await stack?.stop();
});

const visitor = (ip: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': ip, ...extra });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('one busy visitor', () => {
  it('is limited per IP before the shared budget is spent, with a friendly 429 page; others keep being served', async () => {
    const site = await web({ trustedProxies: ['127.0.0.1'], rateLimit: { points: 8, windowSeconds: 60 } });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await getPage(`${site.url}/zoeken?q=video${i}`, visitor('203.0.113.7'))).status);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(200));
    expect(statuses.slice(8)).toEqual([429, 429, 429, 429]);
    const refused = await getPage(`${site.url}/zoeken?q=chat`, visitor('203.0.113.7'));
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(text(refused.html)).toMatch(/probeer het zo opnieuw/i);
    expect(text((await getPage(`${site.url}/en/zoeken?q=chat`, visitor('203.0.113.7'))).html)).toMatch(/try again in a moment/i);
    expect((await getPage(`${site.url}/zoeken?q=chat`, visitor('203.0.113.8'))).status).toBe(200);
  });

  it('cannot escape its limit by sending X-Forwarded-For when the peer is not a trusted proxy', async () => {
    const site = await web({ rateLimit: { points: 3, windowSeconds: 60 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await getPage(`${site.url}/`, visitor(`198.51.100.${i}`))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('sees a gateway refusal of the site as a friendly 503 with Retry-After, never a 502', async () => {
    const site = await web({ gatewayApiKey: SMALL_PORTAL_KEY, rateLimit: { points: 1000, windowSeconds: 60 } });
    const statuses: number[] = [];
    for (let i = 0; i < 20 && !statuses.includes(503); i++) statuses.push((await getPage(`${site.url}/zoeken?q=busy${i}`)).status);
    expect(statuses).not.toContain(502);
    expect(statuses.at(-1)).toBe(503);
    for (const [path, words] of [
      ['/tools/moodle', /probeer het zo opnieuw/i],
      ['/en/tools/moodle', /try again in a moment/i],
    ] as const) {
      const page = await getPage(`${site.url}${path}`);
      expect(page.status).toBe(503);
      expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(text(page.html)).toMatch(words);
    }
  });
});

describe('a gateway that refuses or gives up', () => {
  it.each([
    [429, { 'retry-after': '7' }, 'RATE_LIMITED'],
    [503, {}, 'SERVICE_UNAVAILABLE'],
    [504, {}, 'OPERATION_TIMEOUT'],
  ] as const)('answers %s from the gateway with a 503 page and Retry-After, not a 502', async (status, headers, code) => {
    const gateway = createServer((_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ errors: [{ message: 'no', extensions: { code } }] }));
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const site = await startWeb({ port: 0, gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`, logger: silentLogger });
    try {
      const page = await getPage(`${site.url}/tools/moodle`);
      expect(page.status).toBe(503);
      expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
      if (status === 429) expect(page.headers.get('retry-after')).toBe('7');
    } finally {
      await site.close();
      await new Promise((resolve) => gateway.close(resolve));
    }
  });
});

describe('the curator session', () => {
  const signIn = async (site: RunningWeb, headers: Record<string, string> = {}) => {
    const token = await stack.token({ sub: 'olga', org: 'kennisnet', roles: ['curator'] });
    const body = new URLSearchParams({ token, next: '/redactie' });
    return fetch(`${site.url}/redactie/inloggen`, { method: 'POST', body, redirect: 'manual', headers: { origin: site.url, ...headers } });
  };

  it('gets a Secure cookie behind a trusted proxy that says https, or when the public URL is https', async () => {
    const proxied = await web({ trustedProxies: ['127.0.0.1'] });
    expect((await signIn(proxied, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).toMatch(/; Secure/);
    expect((await signIn(proxied)).headers.get('set-cookie')).not.toMatch(/; Secure/);
    const direct = await web();
    expect((await signIn(direct, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).not.toMatch(/; Secure/);
    const published = await web({ publicUrl: 'https://catalogus.example.nl' });
    expect((await signIn(published)).headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('is revoked on sign-out: a copied cookie stops working', async () => {
    const site = await web();
    const cookie = (await signIn(site)).headers.get('set-cookie')!.split(';')[0]!;
    expect((await getPage(`${site.url}/redactie`, { cookie })).status).toBe(200);
    const out = await fetch(`${site.url}/redactie/uitloggen`, { method: 'POST', redirect: 'manual', headers: { cookie, origin: site.url } });
    expect(out.status).toBe(303);
    const copied = await getPage(`${site.url}/redactie`, { cookie });
    expect(copied.status).toBe(303);
    expect(copied.headers.get('location')).toMatch(/^\/redactie\/inloggen/);
  });
});

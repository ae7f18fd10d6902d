/**
 * The harvesters online, against a local HTTP server on 127.0.0.1 serving the saved fixtures: paging,
 * HTTP errors, a non-JSON answer and a server that never answers each end in a clear error.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARVESTERS } from '../src/harvest/run.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const context = { categoryFor: (publiccode: string) => (publiccode === 'learning-management-system' ? 'elo' : undefined), standardFor: () => undefined };
// Servers that answer get a generous deadline (a loaded CI machine may take over 500 ms for the first
// answer); only the silent one is waited on for 500 ms, to see the harvester give up.
const options = { date: '2026-12-01', context, ids: ['Q1'], timeoutMs: 30_000 };
const impatient = { ...options, timeoutMs: 500 };

let server: Server;
let base: string;
const asked: string[] = [];
/** The saved Developers Italia page split in two pages of one record each, linked by a relative `links.next`. */
const italia = JSON.parse(fixture('developers-italia.software.json')) as { data: unknown[]; links: Record<string, unknown> };
const italiaPages = italia.data.map((record, i) => ({ data: [record], links: { next: i + 1 < italia.data.length ? `/italia/${i + 1}` : null } }));
const routes: Record<string, (res: ServerResponse) => void> = {
  ...Object.fromEntries(italiaPages.map((page, i) => [`/italia/${i}`, (res: ServerResponse) => res.writeHead(200).end(JSON.stringify(page))])),
  '/json': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(fixture('sill.json')),
  '/html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Maintenance</body></html>'),
  '/down': (res) => res.writeHead(503).end('busy'),
  '/silent': () => {},
};
beforeAll(async () => {
  server = createServer((req, res) => (asked.push(req.url!), routes[new URL(req.url!, 'http://x').pathname] ?? ((r) => r.writeHead(404).end()))(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe.each(Object.keys(HARVESTERS))('harvester %s online', (name) => {
  const harvester = HARVESTERS[name]!;
  it('refuses an answer that is not JSON, naming the URL and what came back', async () => {
    await expect(harvester.fromUrl(`${base}/html`, options)).rejects.toThrow(/\/html: the answer is not JSON \(text\/html\)/);
  });
  it('refuses an HTTP error with its status', async () => {
    await expect(harvester.fromUrl(`${base}/down`, options)).rejects.toThrow(/\/down: HTTP 503/);
  });
  it('gives up on a server that does not answer, saying so', async () => {
    await expect(harvester.fromUrl(`${base}/silent`, impatient)).rejects.toThrow(/\/silent: no answer within 500 ms/);
  });
});

describe('SILL online', () => {
  it('maps the saved catalogue served over HTTP as from the snapshot', async () => {
    const online = await HARVESTERS.sill!.fromUrl(`${base}/json`, options);
    const offline = HARVESTERS.sill!.fromSnapshot(fixture('sill.json'), options);
    expect(online).toEqual(offline);
  });
});

describe('Developers Italia online', () => {
  it('follows the cursor pages to the end and maps them as the same records from a snapshot', async () => {
    expect(italiaPages.length).toBeGreaterThan(1);
    asked.length = 0;
    const online = await HARVESTERS['developers-italia']!.fromUrl(`${base}/italia/0`, options);
    expect(asked).toEqual(italiaPages.map((_, i) => `/italia/${i}`));
    expect(online).toEqual(HARVESTERS['developers-italia']!.fromSnapshot(JSON.stringify(italiaPages), options));
  });
});

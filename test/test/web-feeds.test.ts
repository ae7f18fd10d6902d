/** Atom feeds for people: new and changed entries, per type and per product, linked from the pages. */
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEntry, publishNew } from '../src/changes.ts';
import { startStack, type Stack } from '../src/stack.ts';
import { getPage, startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
});
afterAll(async () => {
  await web?.close();
  await stack.stop();
});

const entries = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<title[^>]*>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?<\/title>[\s\S]*?<\/entry>/g)].map((m) => m[1]);

describe('Atom feeds', () => {
  it('lists a newly published standard first in the site feed and in the standards feed, not in the tools feed', async () => {
    const alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
    const bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
    await publishNew(stack, alice, bob, newEntry.standards('atom'));
    const all = await getPage(new URL('/feed.atom', web.url).href);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(all.html).toMatch(/^<\?xml[\s\S]*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(entries(all.html)[0]).toBe('Standaard: Standaard atom');
    expect(entries((await getPage(new URL('/en/feed.atom?type=standards', web.url).href)).html)[0]).toBe('Standard: Standaard atom');
    expect(entries((await getPage(new URL('/feed.atom?type=tools', web.url).href)).html)).not.toContain('Tool: Standaard atom');
    expect((await getPage(new URL('/feed.atom?type=nope', web.url).href)).status).toBe(404);
  });

  it('has a feed of a product’s alternatives, linked from the product page and every page', async () => {
    const feed = await getPage(new URL('/alternatieven/microsoft-teams/feed.atom', web.url).href);
    expect(feed.status).toBe(200);
    expect(entries(feed.html).length).toBeGreaterThan(0);
    const page = await getPage(new URL('/alternatieven/microsoft-teams', web.url).href);
    expect(page.html).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(page.html).toMatch(/href="[^"]*\/alternatieven\/microsoft-teams\/feed\.atom"/);
    expect((await getPage(new URL('/', web.url).href)).html).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.atom"/);
    expect((await getPage(new URL('/alternatieven/no-such-product/feed.atom', web.url).href)).status).toBe(404);
  });
});

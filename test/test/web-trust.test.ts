/** The site's trust signals over the whole stack: about page, sitemap, favicon, stylesheet, the widget page and its files, Dutch words, no dead ends. */
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { getPage, startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
const page = (path: string) => getPage(`${web.url}${path}`);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
});
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

describe('trust signals', () => {
  it('has an about page naming the curators, the checks and the data licence, linked from every page', async () => {
    const { status, html } = await page('/over');
    expect(status).toBe(200);
    const words = text(html);
    expect(words).toContain('Kennisnet en SURF');
    expect(words).toContain('een andere redacteur beoordeelt');
    expect(words).toContain('CC0-1.0');
    expect(html).toContain('<h2 id="tip">');
    expect((await page('/standaarden')).html).toContain('<a href="/over">Over de catalogus</a>');
  });

  it('lists every published entry in sitemap.xml, in both languages', async () => {
    const response = await fetch(`${web.url}/sitemap.xml`);
    expect(response.headers.get('content-type')).toMatch(/application\/xml/);
    const xml = await response.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const { body } = await stack.query(`{ tools(first: 1) { totalCount } standards(first: 1) { totalCount } }`);
    expect(locs.filter((p) => p.startsWith('/tools/'))).toHaveLength(body.data.tools.totalCount);
    expect(locs.filter((p) => p.startsWith('/en/tools/'))).toHaveLength(body.data.tools.totalCount);
    expect(locs.filter((p) => p.startsWith('/standaarden/'))).toHaveLength(body.data.standards.totalCount);
    expect(locs).toContain('/tools/moodle');
    expect(locs).toContain('/over');
  });

  it('serves a favicon and links it from every page', async () => {
    const icon = await fetch(`${web.url}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect((await page('/')).html).toContain('<link rel="icon" href="/assets/favicon.svg"');
  });

  it('serves the stylesheet parts as one file that a browser revalidates', async () => {
    const sheet = await fetch(`${web.url}/assets/site.css`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toMatch(/^text\/css/);
    const css = await sheet.text();
    expect(css).toContain('.skip-link');
    expect(css).toContain('.report summary');
    const again = await fetch(`${web.url}/assets/site.css`, { headers: { 'If-None-Match': sheet.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('documents the widget with a snippet to copy and a live preview', async () => {
    const { status, html } = await page('/widget');
    expect(status).toBe(200);
    expect(html).toContain(`&lt;script type=&quot;module&quot; src=&quot;${web.url}/widget.js&quot;&gt;&lt;/script&gt;`);
    expect(html).toContain('<edu-alternatives to="teams" lang="nl" limit="3" sector="VO"');
    expect(text(html)).toContain('limit');
  });

  it('never lists a product with 0 alternatives without a way to suggest one', async () => {
    const { html } = await page('/alternatieven');
    expect(text(html)).not.toContain('(0 alternatieven)');
  });

  it.each([
    '/',
    '/zoeken?q=chat',
    '/alternatieven/microsoft-teams',
    '/tools/element',
    '/tools/moodle',
    '/vergelijken?tools=moodle&tools=chamilo',
    '/voorzieningen/entree-federatie',
    '/standaarden/lti-1-3',
    '/organisaties/kennisnet',
  ])('shows no internal keys on %s', async (path) => {
    const body = text((await page(path)).html.replace(/<script[^>]*>.*?<\/script>/gs, '').replace(/<code[^>]*>.*?<\/code>/gs, ''));
    expect(body.match(/\b[A-Z]{2,}(?:_[A-Z]+)+\b/g) ?? []).toEqual([]);
  });

  it('names a tool’s languages in Dutch', async () => {
    const { html } = await page('/tools/moodle');
    expect(text(html)).toMatch(/Nederlands, Engels|Engels, Nederlands/);
  });
});

describe('no dead ends in search', () => {
  it.each([
    ['entree', '/voorzieningen/entree-federatie'],
    ['eck id', '/standaarden/eck-id'],
    ['basispoort', '/voorzieningen/basispoort'],
  ])('puts the facility or standard that "%s" names first, before products and tools', async (q, href) => {
    const { html } = await page(`/zoeken?q=${encodeURIComponent(q)}`);
    const results = html.slice(html.indexOf('<section id="results"'));
    const link = results.indexOf(`<a href="${href}">`);
    expect(link).toBeGreaterThan(-1);
    // First of all results: before a product that alternatives(to:) took the text for ("eck id" → Entra ID).
    expect(results.match(/<a href="(\/[^"]*)"/)?.[1]).toBe(href);
    const firstTool = results.indexOf('<article class="tool-card"');
    if (firstTool > -1) expect(link).toBeLessThan(firstTool);
  });

  it.each([
    ['kennisnet', 'Organisaties', '/organisaties/kennisnet', 'Kennisnet'],
    ['teams', 'Alternatieven voor producten', '/alternatieven/microsoft-teams', 'Alternatieven voor Microsoft Teams'],
    ['entree', 'Landelijke voorzieningen', '/voorzieningen/entree-federatie', 'Entree Federatie'],
    ['eck id', 'Standaarden', '/standaarden/eck-id', 'ECK iD'],
  ])('groups what "%s" names under "%s", before the tools', async (q, group, href, label) => {
    const { html } = await page(`/zoeken?q=${encodeURIComponent(q)}`);
    const results = html.slice(html.indexOf('<section id="results"'));
    const section = results.match(new RegExp(`<h3 id="group-[a-z]+-named">${group}</h3><ul>.*?</ul>`, 's'))?.[0] ?? '';
    expect(text(section)).toContain(label);
    expect(section).toContain(`<a href="${href}">`);
    const firstTool = results.indexOf('<article class="tool-card"');
    if (firstTool > -1) expect(results.indexOf(section)).toBeLessThan(firstTool);
  });

  it('lists after the tools the other products the text finds (by an alias), which it does not name', async () => {
    const { body } = await stack.query(`{ products(search: "meetings", first: 5) { edges { node { id name } } } }`);
    const unnamed = body.data.products.edges
      .map((e: { node: { id: string; name: string } }) => e.node)
      .filter((p: { id: string; name: string }) => !`${p.id} ${p.name}`.toLowerCase().includes('meeting'));
    expect(unnamed.length).toBeGreaterThan(0);
    const { html } = await page('/zoeken?q=meetings');
    const after = html.slice(html.lastIndexOf('<article class="tool-card"'));
    const products = after.match(/<h3 id="group-products-more">Ook gevonden: alternatieven voor producten<\/h3><ul>.*?<\/ul>/s)?.[0] ?? '';
    for (const product of unnamed) expect(products).toContain(`<a href="/alternatieven/${product.id}">Alternatieven voor ${product.name}</a>`);
  });

  it('says when nothing is found and offers to suggest a tool', async () => {
    const { html } = await page('/zoeken?q=qwxzv');
    expect(text(html)).toContain('Geen tools gevonden');
    expect(html).toContain('<a href="/over#tip">Mist u een tool? Tip een tool</a>');
  });

  it('offers the closest kinds of software when a search finds no tool', async () => {
    const { html } = await page('/zoeken?q=fotobewrkingsprogramma+xyzzy');
    expect(text(html)).toContain('Geen tools gevonden');
    const closest = html.match(/<div class="closest-categories">.*?<\/div>/s)?.[0] ?? '';
    expect(text(closest)).toContain('Of kijk bij een verwante soort software');
    expect(closest).toMatch(/<a href="\/zoeken\?category=[a-z0-9-]+">/);
  });
});

describe('the widget files', () => {
  it('serves widget.js and its config to any origin', async () => {
    for (const path of ['/widget.js', '/widget-config.js']) {
      const response = await fetch(`${web.url}${path}`, { headers: { origin: 'https://portal.example' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/javascript/);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('points the widget at the gateway with a document the gateway knows', async () => {
    const config = await (await fetch(`${web.url}/widget-config.js`)).text();
    expect(config).toContain(JSON.stringify(stack.gatewayUrl));
    const documentId = /"documentId":"([0-9a-f]{64})"/.exec(config)?.[1];
    const url = new URL(stack.gatewayUrl);
    url.searchParams.set('documentId', documentId!);
    url.searchParams.set('variables', JSON.stringify({ to: 'zoom' }));
    const answer = await (await fetch(url, { headers: { accept: 'application/json' } })).json();
    expect(answer.data.alternatives.product.id).toBe('zoom');
  });
});

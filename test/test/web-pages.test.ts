/** The web front-end over the whole stack, over plain HTTP: every page type, languages, JSON-LD, the curator workspace over HTTP. */
import { normalizeText, silentLogger } from '@edu-catalogus/kit/runtime';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { startWeb, type RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { getPage, jsonLdOf, startWebOver } from '../src/web.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
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

describe('pages for schools', () => {
  it.each([
    ['/', 'Vind een open alternatief'],
    ['/zoeken?q=video', 'Zoekresultaten voor “video”'],
    ['/alternatieven', 'Alternatieven per product'],
    ['/alternatieven/microsoft-teams', 'Alternatieven voor Microsoft Teams'],
    ['/tools/moodle', 'Moodle LMS'],
    ['/vergelijken?tools=moodle&tools=chamilo', 'Moodle LMS en Chamilo LMS vergeleken'],
    ['/voorzieningen', 'Landelijke voorzieningen'],
    ['/voorzieningen/entree-federatie', 'Entree Federatie'],
    ['/standaarden', 'Standaarden'],
    ['/standaarden/lti-1-3', 'Learning Tools Interoperability'],
    ['/organisaties', 'Organisaties'],
    ['/organisaties/kennisnet', 'Kennisnet'],
  ])('serves %s in Dutch', async (path, heading) => {
    const { status, html, headers } = await page(path);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nl">/);
    expect(text(html.match(/<h1[^>]*>.*?<\/h1>/s)?.[0] ?? '')).toContain(heading);
  });

  it('lists on the product page exactly the tools the API gives as alternatives, with their fit', async () => {
    const { body } = await stack.query(`{ product(id: "microsoft-teams") { alternatives { fit tool { id name } } } }`);
    const { html } = await page('/alternatieven/microsoft-teams');
    const listed = [...html.matchAll(/<h3 id="tool-([a-z0-9-]+)">/g)].map((m) => m[1]);
    // Ranked by fit, offering and usage (web-school.test.ts checks the order), not in the API's order.
    expect([...listed].sort()).toEqual(body.data.product.alternatives.map((a: { tool: { id: string } }) => a.tool.id).sort());
    for (const { fit, tool } of body.data.product.alternatives) {
      expect(html).toMatch(
        new RegExp(
          `<h3 id="tool-${tool.id}">.*?</h3><span class="badge fit-${fit.toLowerCase()}">${fit === 'FULL' ? 'Volledig' : 'Gedeeltelijk'} alternatief</span>`,
        ),
      );
    }
  });

  it('shows a tool’s licence caveats, privacy facts, sources and last update', async () => {
    const seed = catalogue.tools.find((t) => t.license.caveats?.some((c) => c.kind === 'OPEN_CORE'))!;
    const { html } = await page(`/tools/${seed.id}`);
    const words = text(html);
    expect(words).toContain('Open core: een deel van de functies is niet open source');
    expect(words).toContain('Privacyconvenant Onderwijs');
    for (const source of seed.sources) expect(html).toContain(`href="${source.url}"`);
    expect(html).toMatch(/Laatst bijgewerkt: <time datetime="\d{4}-\d\d-\d\dT/);
  });

  it('names who maintains a tool from the data, and else from its repository, marked as derived', async () => {
    const moodle = catalogue.tools.find((t) => t.id === 'moodle')!;
    const words = text((await page('/tools/moodle')).html);
    expect(words).toContain(`Onderhouden door ${moodle.maintainer ?? '(geen)'} · een bedrijf`);
    // No source names Kanboard's maintainer: the repository's owner, marked as derived from the repository.
    const kanboard = (await page('/tools/kanboard')).html;
    expect(kanboard).toContain('<a href="https://github.com/kanboard">kanboard</a>');
    expect(text(kanboard)).toMatch(/Onderhouden door kanboard \(op GitHub; afgeleid uit de broncode-opslag\)/);
    expect(words).not.toContain('afgeleid uit');
    expect(text((await page('/en/tools/kanboard')).html)).toMatch(/Maintained by kanboard \(on GitHub; derived from the source repository\)/);
    expect(text((await page('/en/tools/moodle')).html)).toContain(`Maintained by ${moodle.maintainer} · a company`);
  });

  it('shows when an entry was last checked next to its last update, and its notes in the page’s language', async () => {
    const ndc = catalogue.facilities.find((f) => f.id === 'ndc')!;
    const [note] = ndc.uncertainties;
    const words = (html: string) => text(html).replaceAll('&#39;', "'");
    const nl = await page('/voorzieningen/ndc');
    expect(nl.html).toContain(`Laatst gecontroleerd: <time datetime="${ndc.verifiedAt}">`);
    expect(nl.html).toMatch(/Laatst bijgewerkt: <time datetime="\d{4}-\d\d-\d\dT/);
    expect(words(nl.html)).toContain(note!.note.nl!);
    expect(words(nl.html)).not.toContain(note!.note.en);
    const en = await page('/en/voorzieningen/ndc');
    expect(en.html).toContain(`Last checked: <time datetime="${ndc.verifiedAt}">`);
    expect(words(en.html)).toContain(note!.note.en);
    expect((await page('/organisaties/kennisnet')).html).toMatch(/Laatst gecontroleerd: <time datetime="\d{4}-\d\d-\d\d">/);
  });

  it('shows a discontinued product as such, with when and the source that says so', async () => {
    const publisher = catalogue.products.find((p) => p.id === 'microsoft-publisher')!;
    if (typeof publisher.discontinued !== 'object') throw new Error('microsoft-publisher should carry its end date');
    const { html } = await page('/alternatieven/microsoft-publisher');
    expect(text(html)).toContain('Dit product wordt sinds oktober 2026 niet meer geleverd.');
    expect(html).toContain(`href="${publisher.discontinued.source.url}"`);
    expect(text((await page('/en/alternatieven/microsoft-publisher')).html)).toContain('This product has been discontinued since October 2026.');
  });

  it('shows the Edustandaard advice "onder voorwaarden"', async () => {
    expect(text((await page('/standaarden/uwlr')).html)).toContain('Onder voorwaarden');
  });

  it('links tool, standard, organisation and facility pages to each other', async () => {
    const lti = catalogue.standards.find((s) => s.id === 'lti-1-3')!;
    expect((await page('/tools/moodle')).html).toContain('href="/standaarden/lti-1-3"');
    const standard = (await page('/standaarden/lti-1-3')).html;
    expect(standard).toContain(`href="/organisaties/${lti.maintainer}"`);
    expect(standard).toContain('href="/tools/moodle"');
    const facility = (await page('/voorzieningen/nummervoorziening')).html;
    expect(facility).toContain('href="/organisaties/kennisnet"');
    expect(facility).toContain('href="/standaarden/eck-id"');
    expect((await page('/organisaties/kennisnet')).html).toContain('href="/voorzieningen/nummervoorziening"');
  });

  it('answers an unknown or malformed id with a 404 page', async () => {
    expect((await page('/tools/does-not-exist')).status).toBe(404);
    expect((await page('/tools/..%2Fetc')).status).toBe(404);
    const { status, html } = await page('/en/standaarden/nope');
    expect(status).toBe(404);
    expect(html).toContain('<html lang="en">');
  });
});

describe('languages', () => {
  it('serves every page in English under /en with the same path', async () => {
    const { status, html } = await page('/en/tools/moodle');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(text(html)).toContain('Replaces');
    expect(html).toContain('<link rel="alternate" hreflang="nl" href="/tools/moodle"/>');
  });

  it('redirects ?lang=en to the stable /en URL, keeping the query', async () => {
    const { status, headers } = await page('/zoeken?q=chat&lang=en');
    expect(status).toBe(302);
    expect(headers.get('location')).toBe('/en/zoeken?q=chat');
  });
});

describe('schema.org JSON-LD', () => {
  it('describes a tool as a SoftwareApplication with its licence and last change', async () => {
    const seed = catalogue.tools.find((t) => t.id === 'moodle')!;
    const [ld] = jsonLdOf((await page('/tools/moodle')).html);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'SoftwareApplication',
      name: seed.name,
      license: 'https://spdx.org/licenses/GPL-3.0-or-later.html',
    });
    expect(ld!.url).toBe(`${web.url}/tools/moodle`);
    expect(Date.parse(ld!.dateModified)).not.toBeNaN();
  });

  it.each([
    ['/alternatieven/zoom', 'ItemList'],
    ['/voorzieningen/entree-federatie', 'Service'],
    ['/standaarden/lti-1-3', 'CreativeWork'],
    ['/organisaties/kennisnet', 'Organization'],
  ])('describes %s as a %s', async (path, type) => {
    const [ld] = jsonLdOf((await page(path)).html);
    expect(ld?.['@type']).toBe(type);
    expect(ld?.url).toBe(`${web.url}${path}`);
  });
});

describe('the curator workspace over HTTP', () => {
  const signIn = async (token: string, next: string) => {
    const body = new URLSearchParams({ token, next });
    return fetch(`${web.url}/redactie/inloggen`, { method: 'POST', body, redirect: 'manual', headers: { origin: web.url } });
  };

  it('sends an anonymous visitor to sign-in, remembering where they were going', async () => {
    const { status, headers } = await page('/redactie/tool/moodle');
    expect(status).toBe(303);
    expect(headers.get('location')).toBe(`/redactie/inloggen?next=${encodeURIComponent('/redactie/tool/moodle')}`);
  });

  it('keeps the token in an HttpOnly, SameSite cookie and serves curator pages uncached', async () => {
    const token = await stack.token({ sub: 'carol', org: 'kennisnet', roles: ['curator'] });
    const response = await signIn(token, '//evil.example/');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/redactie');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^edu_curator=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/);
    const dashboard = await fetch(`${web.url}/redactie`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(dashboard.status).toBe(200);
    expect(dashboard.headers.get('cache-control')).toBe('private, no-store');
  });

  it('refuses a token without the curator role', async () => {
    const response = await signIn(await stack.token({ sub: 'dave', org: 'kennisnet', roles: ['reader'] }), '/redactie');
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a write posted from another site', async () => {
    const token = await stack.token({ sub: 'erin', org: 'kennisnet', roles: ['curator'] });
    const cookie = (await signIn(token, '/redactie')).headers.get('set-cookie')!.split(';')[0]!;
    const response = await fetch(`${web.url}/redactie/tool/moodle/archiveren`, {
      method: 'POST',
      body: new URLSearchParams({ comment: 'x' }),
      headers: { cookie, origin: 'https://evil.example' },
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
  });
});

describe('when the gateway is down', () => {
  it('says so with a 503 page instead of failing', async () => {
    const orphan = await startWeb({ port: 0, gatewayUrl: 'http://127.0.0.1:9/graphql', logger: silentLogger });
    try {
      const { status, html } = await getPage(`${orphan.url}/tools/moodle`);
      expect(status).toBe(503);
      expect(html).toContain('Even niet bereikbaar');
    } finally {
      await orphan.close();
    }
  });
});

/** The web front-end's search page over the whole stack: filters in plain words, facets, product names, compare; compression. */
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

describe('search', () => {
  it('shows the tools the API finds for the same filter, and keeps the ticked filters', async () => {
    const { body } = await stack.query(`{ tools(filter: { hosting: [SAAS_NL] }, first: 100) { totalCount edges { node { id } } } }`);
    const { html } = await page('/zoeken?hosting=SAAS_NL');
    const listed = [...html.matchAll(/<h3 id="tool-([a-z0-9-]+)">/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(body.data.tools.edges.map((e: { node: { id: string } }) => e.node.id).sort());
    expect(html).toMatch(/<input type="checkbox" id="f-hosting-SAAS_NL" name="hosting" value="SAAS_NL" checked/);
  });

  it('offers licences as plain choices and filters on the SPDX ids behind them', async () => {
    const { body } = await stack.query(
      `{ tools(filter: { license: ["AGPL-3.0-only", "AGPL-3.0-or-later", "EUPL-1.2"] }, first: 100) { edges { node { id } } } }`,
    );
    const { html } = await page('/zoeken?license=shareOnline');
    const listed = [...html.matchAll(/<h3 id="tool-([a-z0-9-]+)">/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(
      body.data.tools.edges
        .map((e: { node: { id: string } }) => e.node.id)
        .sort()
        .slice(0, 20),
    );
    const facet = text(html.match(/<legend>Licentie<\/legend>.*?<\/fieldset>/s)?.[0] ?? '');
    expect(facet).toContain('Vrij te gebruiken; aanpassingen delen, ook online');
    expect(facet).toContain('Vrij te gebruiken en aan te passen');
    expect(facet).not.toMatch(/GPL|MIT|Apache/);
  });

  it('offers "met betaalde onderdelen" and "inhoud niet vrij" with counts, filtering through the API', async () => {
    for (const [condition, label] of [
      ['PAID_PARTS', 'Met betaalde onderdelen'],
      ['CONTENT_NOT_FREE', 'Inhoud niet vrij'],
    ]) {
      const { body } = await stack.query(`{ tools(filter: { licenseCondition: [${condition}] }, first: 100) { totalCount edges { node { id } } } }`);
      const { html } = await page(`/zoeken?licenseCondition=${condition}`);
      const listed = [...html.matchAll(/<h3 id="tool-([a-z0-9-]+)">/g)].map((m) => m[1]);
      const ids = body.data.tools.edges.map((e: { node: { id: string } }) => e.node.id).sort();
      expect(listed.sort()).toEqual(ids.slice(0, 20));
      const facet = text(html.match(/<legend>Licentievoorwaarden<\/legend>.*?<\/fieldset>/s)?.[0] ?? '');
      expect(facet).toContain(`${label} (${body.data.tools.totalCount})`);
      expect(html).toContain(`name="licenseCondition" value="${condition}" checked`);
    }
    // The card of a tool with paid parts says so, under the choice that finds it.
    expect(text((await page('/zoeken?licenseCondition=PAID_PARTS&q=element')).html)).toContain('Met betaalde onderdelen');
  });

  it('says on a card what the licence means, with the SPDX expression behind a disclosure', async () => {
    const { html } = await page('/zoeken?q=element');
    const card = html.match(/<article class="tool-card" aria-labelledby="tool-element">.*?<\/article>/s)?.[0] ?? '';
    expect(text(card)).toContain('Vrij te gebruiken, ook zelf te hosten; aanpassingen delen, ook als u ze online aanbiedt. Met betaalde onderdelen');
    expect(card).toMatch(
      /<details class="license-spdx"><summary>Licentie-expressie \(SPDX\)<\/summary><code class="license-expression">.*LicenseRef-Element-Commercial/s,
    );
  });

  it('explains a changed licence on the tool page: what it means for the school, in the page’s language', async () => {
    const { html } = await page('/tools/element');
    expect(text(html)).toContain('De licentie is gewijzigd. Versies van vóór de wijziging mag u onder de oude licentie blijven gebruiken');
    expect(text((await page('/en/tools/element')).html)).not.toContain('De licentie is gewijzigd');
  });

  it('sends "alternatief voor Teams" to the Teams alternatives', async () => {
    const { status, headers } = await page('/zoeken?q=alternatief+voor+Teams');
    expect(status).toBe(303);
    expect(headers.get('location')).toBe('/alternatieven/microsoft-teams');
  });

  it('leads a product name in the URL to the product’s stable URL', async () => {
    const { status, headers } = await page('/en/alternatieven/teams');
    expect(status).toBe(301);
    expect(headers.get('location')).toBe('/en/alternatieven/microsoft-teams');
  });

  it('asks for two to four tools to compare', async () => {
    expect(text((await page('/vergelijken?tools=moodle')).html)).toContain('Kies twee tot vier tools om te vergelijken.');
    const five = (await page('/vergelijken?tools=moodle&tools=chamilo&tools=ilias&tools=nextcloud&tools=jitsi-meet')).html;
    expect(text(five)).toContain('maximaal vier tools');
    expect(five.match(/<th scope="col">/g)).toHaveLength(4);
    expect(text((await page('/vergelijken?tools=moodle&tools=nope&tools=chamilo')).html)).toContain('Niet gevonden: nope.');
  });
});

describe('transport', () => {
  it('compresses pages and keeps the site to its own scripts (CSP)', async () => {
    const response = await fetch(`${web.url}/zoeken?q=chat`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

/**
 * The web front-end in headless Chromium over the whole stack: search and filter, a tool, comparing,
 * switching language, the same without JavaScript, and the widget on another origin (axe-core on
 * every page type: web-page-types.test.ts). Screenshots go to test/artifacts/ with SCREENSHOTS=1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningWeb } from '@edu-catalogus/web';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, startBrowserStack, type BrowserStack } from '../src/browser.ts';
import type { Stack } from '../src/stack.ts';

let running: BrowserStack;
let stack: Stack;
let web: RunningWeb;
let browser: Browser;
let page: Page;

const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id).sort();
const listedTools = (p: Page) => p.locator('.tool-card h3').evaluateAll((nodes) => nodes.map((n) => n.id.replace(/^tool-/, '')).sort());

beforeAll(async () => {
  running = await startBrowserStack();
  ({ stack, web, browser } = running);
  page = await (await browser.newContext()).newPage();
}, 60_000);
afterAll(() => running?.stop());

describe('with JavaScript', { timeout: 30_000 }, () => {
  it('searches as the reader types and filters with a facet, keeping both in the URL', async () => {
    await page.goto(`${web.url}/zoeken`);
    await page.getByLabel('Zoek in de catalogus').fill('video');
    await page.waitForURL(/[?&]q=video(&|$)/);
    await page.getByRole('checkbox', { name: /^Zelf hosten/ }).check();
    await page.waitForURL(/hosting=SELF_HOSTED/);
    const { body } = await stack.query(`{ tools(search: "video", filter: { hosting: [SELF_HOSTED] }, first: 20) { totalCount edges { node { id } } } }`);
    expect(await listedTools(page)).toEqual(ids(body.data.tools.edges));
    await expect.poll(() => page.locator('#result-status').textContent()).toContain(`${body.data.tools.totalCount} tool`);
    await screenshot(page, 'search');
    await page.reload();
    expect(await page.getByRole('checkbox', { name: /^Zelf hosten/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Zoek in de catalogus').inputValue()).toBe('video');
  });

  it('opens a tool from the Teams alternatives and compares two of them', async () => {
    await page.goto(web.url);
    await page.getByRole('link', { name: 'Alternatief voor Teams' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Alternatieven voor Microsoft Teams');
    const names = await page.locator('.tool-card h3').allTextContents();
    await page.getByRole('checkbox', { name: `Vergelijk ${names[0]}` }).check();
    await page.getByRole('checkbox', { name: `Vergelijk ${names[1]}` }).check();
    await page.getByRole('button', { name: 'Vergelijk de gekozen tools' }).first().click();
    await page.waitForURL(/\/vergelijken\?/);
    expect(await page.locator('thead th').allTextContents()).toEqual([names[0], names[1]]);
    await page.getByRole('link', { name: names[0] }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(names[0]);
    expect(await page.getByRole('heading', { name: 'Vervangt' }).isVisible()).toBe(true);
  });

  it('switches to English and back on the same page', async () => {
    await page.goto(`${web.url}/tools/moodle`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${web.url}/en/tools/moodle`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { name: 'Replaces' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForURL(`${web.url}/tools/moodle`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });
});

describe('without JavaScript', { timeout: 30_000 }, () => {
  it('finds and compares the alternatives to Teams, and filters a search', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    try {
      await p.goto(web.url);
      await p.getByLabel('Zoek een tool of een product dat u wilt vervangen').fill('alternatief voor Teams');
      await p.getByRole('button', { name: 'Zoeken' }).click();
      await p.waitForURL(`${web.url}/alternatieven/microsoft-teams`);
      const { body } = await stack.query(`{ product(id: "microsoft-teams") { alternatives { tool { id name } } } }`);
      const [first, second] = body.data.product.alternatives.map((a: { tool: { name: string } }) => a.tool.name);
      await p.getByRole('checkbox', { name: `Vergelijk ${first}` }).check();
      await p.getByRole('checkbox', { name: `Vergelijk ${second}` }).check();
      await p.getByRole('button', { name: 'Vergelijk de gekozen tools' }).first().click();
      await p.waitForURL(/\/vergelijken\?/);
      expect(await p.locator('thead th').allTextContents()).toEqual([first, second]);
      await screenshot(p, 'compare-without-js');

      await p.goto(`${web.url}/zoeken`);
      await p.getByRole('checkbox', { name: /^Voortgezet onderwijs/ }).check();
      await p.getByRole('button', { name: 'Filters toepassen' }).click();
      await p.waitForURL(/sector=VO/);
      const vo = await stack.query(`{ tools(filter: { sector: [VO] }, first: 20) { edges { node { id } } } }`);
      expect(await listedTools(p)).toEqual(ids(vo.body.data.tools.edges));
    } finally {
      await noJs.close();
    }
  });
});

describe('the widget on another origin', { timeout: 30_000 }, () => {
  let portal: Server;
  let portalUrl: string;

  beforeAll(async () => {
    const html = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Portaal</title>
<script type="module" src="${web.url}/widget.js"></script>
<style>edu-alternatives { --edu-accent: #6b1d5c; }</style></head>
<body><main><h1>Het portaal van een schoolbestuur</h1><edu-alternatives to="teams" lang="nl"></edu-alternatives></main></body></html>`;
    portal = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => portal.close(() => resolve())));

  it('renders the alternatives to Teams with links back to the catalogue', async () => {
    const errors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.goto(portalUrl);
    const links = page.locator('edu-alternatives li > a');
    await links.first().waitFor();
    const { body } = await stack.query(`{ alternatives(to: "teams") { product { id } alternatives { tool { id name } } } }`);
    expect(await links.allTextContents()).toEqual(body.data.alternatives.alternatives.map((a: { tool: { name: string } }) => a.tool.name));
    const first = body.data.alternatives.alternatives[0].tool.id;
    expect(await links.first().getAttribute('href')).toBe(`${web.url}/tools/${first}`);
    expect(await page.locator('edu-alternatives h2').textContent()).toBe('Open-source alternatieven voor Microsoft Teams');
    expect(await links.first().evaluate((a) => getComputedStyle(a).color)).toBe('rgb(107, 29, 92)');
    expect(errors).toEqual([]);
    await screenshot(page, 'widget');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('follows limit and sector, and says each licence in the site’s plain words with the hosting', async () => {
    await page.goto(portalUrl);
    await page.locator('edu-alternatives li > a').first().waitFor();
    await page.locator('edu-alternatives').evaluate((el) => {
      el.setAttribute('sector', 'VO');
      el.setAttribute('limit', '2');
    });
    const { body } = await stack.query(`{ alternatives(to: "teams", first: 2, filter: { sector: [VO] }) { alternatives { tool { id name } } } }`);
    const names = body.data.alternatives.alternatives.map((a: { tool: { name: string } }) => a.tool.name);
    await expect.poll(() => page.locator('edu-alternatives li > a').allTextContents()).toEqual(names);
    const widgetLicences = await page.locator('edu-alternatives li .license').allTextContents();
    const site = await (await browser.newContext()).newPage();
    await site.goto(`${web.url}/alternatieven/microsoft-teams`);
    for (const [index, { tool }] of body.data.alternatives.alternatives.entries()) {
      expect(widgetLicences[index]).toBe((await site.locator(`article[aria-labelledby="tool-${tool.id}"] .license-words p`).first().textContent())!.trim());
    }
    expect(await page.locator('edu-alternatives li .hosting').first().textContent()).toMatch(/Zelf hosten|Online dienst|Programma/);
    await site.context().close();
  });
});

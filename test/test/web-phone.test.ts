/**
 * The site on a phone and with the keyboard only, in headless Chromium over the whole stack: no page
 * type (public, school and curator pages, signed in too) scrolls sideways at 320 or 390 px, results come before the filters, and a keyboard user
 * reaches the first result through "Naar de resultaten". Phone screenshots go to test/artifacts/ with SCREENSHOTS=1.
 */
import type { RunningWeb } from '@edu-catalogus/web';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startBrowserStack, type BrowserStack } from '../src/browser.ts';

let running: BrowserStack;
let web: RunningWeb;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  running = await startBrowserStack();
  ({ web, browser } = running);
  page = await (await browser.newContext()).newPage();
}, 60_000);
afterAll(() => running?.stop());

const PAGE_TYPES = [
  ['home', '/'],
  ['search', '/zoeken?q=chat&sector=VO'],
  ['product', '/alternatieven/microsoft-teams'],
  ['products', '/alternatieven'],
  ['tool', '/tools/onlyoffice-docs'],
  ['compare', '/vergelijken?tools=moodle&tools=chamilo&tools=ilias'],
  ['facility', '/voorzieningen/nummervoorziening'],
  ['facilities', '/voorzieningen'],
  ['standard', '/standaarden/lti-1-3'],
  ['standards', '/standaarden'],
  ['organisation', '/organisaties/kennisnet'],
  ['organisations', '/organisaties'],
  ['not-found', '/tools/does-not-exist'],
  ['about', '/over'],
  ['widget-page', '/widget'],
  ['search-empty', '/zoeken?q=qwxyzzy'],
  ['tool-en', '/en/tools/moodle'],
  ['open-data', '/open-data'],
  ['report-thanks', '/tools/moodle/melding?ontvangen'],
  ['school-sign-in', '/school'],
  ['curator-sign-in', '/redactie'],
  // Signed in as a curator (the context carries the session cookie):
  ['curator-dashboard', '/redactie', 'curator'],
  ['curator-work-list', '/redactie/werk', 'curator'],
  ['curator-entry', '/redactie/tool/moodle', 'curator'],
  ['curator-form', '/redactie/tool/moodle/bewerken', 'curator'],
  ['curator-history', '/redactie/tool/moodle/geschiedenis', 'curator'],
] as const;

/** The session cookie of a signed-in curator, for a browser context. */
async function curatorCookie() {
  const token = await running.stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  const response = await fetch(`${web.url}/redactie/inloggen`, {
    method: 'POST',
    body: new URLSearchParams({ token, next: '/redactie' }),
    redirect: 'manual',
    headers: { origin: web.url },
  });
  const [name, value] = response.headers.get('set-cookie')!.split(';')[0]!.split('=') as [string, string];
  return { name, value, url: web.url };
}

describe('on a phone', { timeout: 180_000 }, () => {
  it.each([320, 390])('no page type scrolls sideways at %i px', async (width) => {
    // Not isMobile: a mobile viewport widens itself to fit wide content, which would hide the scrolling.
    const phone = await browser.newContext({ viewport: { width, height: 800 } });
    const p = await phone.newPage();
    const curator = await browser.newContext({ viewport: { width, height: 800 } });
    await curator.addCookies([await curatorCookie()]);
    const signedIn = await curator.newPage();
    try {
      const wide: string[] = [];
      for (const [name, path, who] of PAGE_TYPES as readonly (readonly [string, string, string?])[]) {
        const tab = who ? signedIn : p;
        const response = await tab.goto(`${web.url}${path}`);
        expect(response?.status(), name).toBeLessThan(500);
        if (who) expect(await tab.getByLabel('Ontwikkeltoken').count(), name).toBe(0);
        const { scroll, inner } = await tab.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
        if (scroll > Math.min(inner, width)) wide.push(`${name} ${scroll}px`);
        if (width === 390) await screenshot(tab, `phone-${name}`);
      }
      expect(wide).toEqual([]);
    } finally {
      await phone.close();
      await curator.close();
    }
  });

  it('puts the results before the filters, which open behind a button', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const p = await phone.newPage();
    try {
      await p.goto(`${web.url}/zoeken?q=chat`);
      const first = await p.locator('.tool-card').first().boundingBox();
      expect(first!.y).toBeLessThan(844);
      const vo = p.getByRole('checkbox', { name: /^Voortgezet onderwijs/ });
      expect(await vo.isVisible()).toBe(false);
      await p.locator('.filter-panel > summary').click();
      expect(await vo.isVisible()).toBe(true);
    } finally {
      await phone.close();
    }
  });
});

describe('one search box in the browser', { timeout: 60_000 }, () => {
  it.each([
    ['entree', '/voorzieningen/entree-federatie', 'Landelijke voorzieningen'],
    ['eck id', '/standaarden/eck-id', 'Standaarden'],
    ['basispoort', '/voorzieningen/basispoort', 'Landelijke voorzieningen'],
  ])('puts what "%s" names first among the results, under its group', async (q, href, group) => {
    await page.goto(`${web.url}/`);
    await page.getByRole('searchbox').first().fill(q);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\?/);
    const firstLink = page.locator('#results a[href^="/"]').first();
    expect(await firstLink.getAttribute('href')).toBe(href);
    expect(await page.locator('#results h3').first().textContent()).toBe(group);
  });
});

describe('with the keyboard only', { timeout: 30_000 }, () => {
  it('reaches the first result in a few Tabs through the "naar de resultaten" link', async () => {
    await page.goto(`${web.url}/zoeken?q=video`);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    let presses = 0;
    while ((await focused()) !== 'Naar de resultaten' && presses < 20) {
      await page.keyboard.press('Tab');
      presses++;
    }
    await page.keyboard.press('Enter');
    const firstTool = (await page.locator('.tool-card h3').first().textContent())!.trim();
    while ((await focused()) !== firstTool && presses < 20) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focused()).toBe(firstTool);
    expect(presses).toBeLessThanOrEqual(12);
  });
});

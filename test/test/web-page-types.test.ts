/**
 * Every page type of the site in headless Chromium over the whole stack, as markup and layout: no
 * serious or critical axe-core violation and under 100 kB of JavaScript on each public page, and no page
 * type (public, school and curator pages, signed in too) scrolls sideways at 320 or 390 px. What these
 * check is the site's own HTML and CSS, not the store (the pages' content is checked on both stores by
 * web-pages and the walks of web-browser and web-phone), so this file runs on SQLite only
 * (vitest.config.ts, storeFree). Screenshots go to test/artifacts/ with SCREENSHOTS=1.
 */
import type { RunningWeb } from '@edu-catalogus/web';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, startBrowserStack, type BrowserStack } from '../src/browser.ts';

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

const PUBLIC_PAGES = [
  ['home', '/'],
  ['search', '/zoeken?q=chat&sector=VO'],
  ['product', '/alternatieven/microsoft-teams'],
  ['products', '/alternatieven'],
  ['tool', '/tools/onlyoffice-docs'],
  ['compare', '/vergelijken?tools=moodle&tools=chamilo&tools=ilias'],
  ['facility', '/voorzieningen/entree-federatie'],
  ['facility-nummervoorziening', '/voorzieningen/nummervoorziening'],
  ['facilities', '/voorzieningen'],
  ['standard', '/standaarden/lti-1-3'],
  ['standards', '/standaarden'],
  ['organisation', '/organisaties/kennisnet'],
  ['organisations', '/organisaties'],
  ['not-found', '/tools/does-not-exist'],
  ['tool-en', '/en/tools/moodle'],
  ['search-en', '/en/zoeken?q=video'],
  ['about', '/over'],
  ['widget-page', '/widget'],
  ['search-empty', '/zoeken?q=qwxyzzy'],
  ['open-data', '/open-data'],
  ['report-thanks', '/tools/moodle/melding?ontvangen'],
  ['school-sign-in', '/school'],
  ['curator-sign-in', '/redactie'],
] as const;

// Signed in as a curator (the context carries the session cookie):
const CURATOR_PAGES = [
  ['curator-dashboard', '/redactie'],
  ['curator-work-list', '/redactie/werk'],
  ['curator-entry', '/redactie/tool/moodle'],
  ['curator-form', '/redactie/tool/moodle/bewerken'],
  ['curator-history', '/redactie/tool/moodle/geschiedenis'],
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

describe('accessibility and weight of every page type', { timeout: 30_000 }, () => {
  it.each(PUBLIC_PAGES)('%s: no serious or critical axe violations, under 100 kB of JavaScript', async (name, path) => {
    await page.goto(`${web.url}${path}`);
    expect(await seriousViolations(page)).toEqual([]);
    const scriptBytes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name))
        .reduce((sum, r) => sum + (r as PerformanceResourceTiming).decodedBodySize, 0),
    );
    expect(scriptBytes).toBeLessThan(100 * 1024);
    if (name.startsWith('search')) expect(scriptBytes).toBeGreaterThan(0);
    await screenshot(page, name);
  });
});

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
      const pages = [...PUBLIC_PAGES.map(([name, path]) => [name, path, p] as const), ...CURATOR_PAGES.map(([name, path]) => [name, path, signedIn] as const)];
      for (const [name, path, tab] of pages) {
        const response = await tab.goto(`${web.url}${path}`);
        expect(response?.status(), name).toBeLessThan(500);
        if (tab === signedIn) expect(await tab.getByLabel('Ontwikkeltoken').count(), name).toBe(0);
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
});

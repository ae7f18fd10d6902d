/**
 * The site on a phone and with the keyboard only, in headless Chromium over the whole stack: no page
 * type scrolls sideways at 320 or 390 px, results come before the filters, and a keyboard user
 * reaches the first result through "Naar de resultaten". Phone screenshots go to test/artifacts/.
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
] as const;

describe('on a phone', { timeout: 60_000 }, () => {
  it.each([320, 390])('no page type scrolls sideways at %i px', async (width) => {
    // Not isMobile: a mobile viewport widens itself to fit wide content, which would hide the scrolling.
    const phone = await browser.newContext({ viewport: { width, height: 800 } });
    const p = await phone.newPage();
    try {
      const wide: string[] = [];
      for (const [name, path] of PAGE_TYPES) {
        await p.goto(`${web.url}${path}`);
        const { scroll, inner } = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
        if (scroll > Math.min(inner, width)) wide.push(`${name} ${scroll}px`);
        if (width === 390) await screenshot(p, `phone-${name}`);
      }
      expect(wide).toEqual([]);
    } finally {
      await phone.close();
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

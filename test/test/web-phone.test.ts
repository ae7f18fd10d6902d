/**
 * The site on a phone and with the keyboard only, in headless Chromium over the whole stack: results
 * come before the filters, one search box puts what a query names first under its group, and a keyboard
 * user reaches the first result through "Naar de resultaten". That no page type scrolls sideways on a
 * phone is checked in web-page-types.test.ts.
 */
import type { RunningWeb } from '@edu-catalogus/web';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserStack, type BrowserStack } from '../src/browser.ts';

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

describe('on a phone', { timeout: 60_000 }, () => {
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

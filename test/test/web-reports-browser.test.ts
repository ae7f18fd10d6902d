/**
 * "Meld een fout" in headless Chromium with JavaScript off: a reader reports a mistake on a tool page
 * and is thanked; a curator finds it under "Meldingen" on the dashboard and resolves it. axe-core
 * checks the form (opened, and with a refused report) and both pages.
 */
import type { RunningWeb } from '@edu-catalogus/web';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, startBrowserStack, type BrowserStack } from '../src/browser.ts';
import type { Stack } from '../src/stack.ts';

let running: BrowserStack;
let stack: Stack;
let web: RunningWeb;
let reader: Page;
let curator: Page;
/** axe-core needs JavaScript: pages the reader saw without it are checked again in this one. */
let inspector: Page;
const MESSAGE = 'De helpdesk van Moodle in Nederland heeft een nieuw adres.';

async function checked(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/** Screenshot of what the reader sees; axe-core on the same page in a browser with JavaScript. */
async function checkedWithoutJs(page: Page, name: string) {
  await screenshot(page, name);
  // On the site's origin, so the page's stylesheet loads as it did for the reader.
  await inspector.goto(page.url());
  await inspector.setContent(await page.content());
  expect(await seriousViolations(inspector)).toEqual([]);
}

beforeAll(async () => {
  running = await startBrowserStack();
  ({ stack, web } = running);
  reader = await (await running.browser.newContext({ javaScriptEnabled: false })).newPage();
  curator = await (await running.browser.newContext()).newPage();
  inspector = await (await running.browser.newContext()).newPage();
  for (const page of [reader, curator, inspector]) page.setDefaultTimeout(10_000);
}, 60_000);
afterAll(() => running?.stop());

describe('meld een fout in the browser', { timeout: 60_000 }, () => {
  it('lets a reader without JavaScript report a mistake, showing refused input beside the field', async () => {
    await reader.goto(`${web.url}/tools/moodle`);
    await reader.getByText('Meld een fout').click();
    await reader.getByLabel('Wat klopt er niet?').fill('Zie <b>dit</b>');
    await reader.getByRole('button', { name: 'Melding versturen' }).click();
    expect(await reader.locator('#report-message-error').textContent()).toContain('Gebruik gewone tekst, zonder HTML');
    expect(await reader.getByLabel('Wat klopt er niet?').inputValue()).toBe('Zie <b>dit</b>');
    await checkedWithoutJs(reader, 'report-refused');

    await reader.getByLabel('Wat klopt er niet?').fill(MESSAGE);
    await reader.getByLabel('Uw e-mailadres (niet verplicht)').fill('ict@school.example');
    await reader.getByRole('button', { name: 'Melding versturen' }).click();
    await reader.waitForURL(/\/tools\/moodle\/melding\?ontvangen/);
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe('Bedankt voor uw melding');
    expect(await reader.locator('main').textContent()).toContain('Een redacteur van de catalogus bekijkt uw melding');
    await checkedWithoutJs(reader, 'report-thanks');
  });

  it('shows the report to a curator under "Meldingen", who resolves it', async () => {
    await curator.goto(`${web.url}/redactie`);
    await curator.getByLabel('Ontwikkeltoken').fill(await stack.token({ sub: 'bob', name: 'Bob', org: 'kennisnet', roles: ['curator'] }));
    await curator.getByRole('button', { name: 'Inloggen' }).click();
    await curator.waitForURL(`${web.url}/redactie`);
    const reports = curator.locator('section[aria-labelledby="reports"]');
    expect(await reports.getByRole('heading').textContent()).toBe('Meldingen (1)');
    expect(await reports.locator('.report-message').textContent()).toBe(MESSAGE);
    expect(await reports.getByRole('link', { name: 'ict@school.example' }).getAttribute('href')).toBe('mailto:ict@school.example');
    await checked(curator, 'curator-reports');

    await reports.getByLabel('Wat is er gedaan? (niet verplicht)').fill('Adres aangepast');
    await reports.getByRole('button', { name: 'Afgehandeld' }).click();
    await curator.waitForURL(/gedaan=melding/);
    expect(await curator.getByText('De melding is afgehandeld.').isVisible()).toBe(true);
    expect(await reports.getByRole('heading').textContent()).toBe('Meldingen (0)');
  });
});

/**
 * A school in headless Chromium with JavaScript off: it signs in with its token on /school, declares
 * a tool, sees the declaration listed, and the tool page counts it ("gebruikt door 1 school (1 PO)").
 * axe-core (in a page with JavaScript) checks the sign-in page, the school page with a refused form,
 * and the tool page.
 */
import type { RunningWeb } from '@edu-catalogus/web';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, startBrowserStack, type BrowserStack } from '../src/browser.ts';
import type { Stack } from '../src/stack.ts';

let running: BrowserStack;
let stack: Stack;
let web: RunningWeb;
let school: Page;
let inspector: Page;

/** Screenshot of what the school sees; axe-core on the same HTML in a browser with JavaScript. */
async function checked(page: Page, name: string) {
  await screenshot(page, name);
  await inspector.goto(page.url());
  await inspector.setContent(await page.content());
  expect(await seriousViolations(inspector)).toEqual([]);
}

beforeAll(async () => {
  running = await startBrowserStack();
  ({ stack, web } = running);
  school = await (await running.browser.newContext({ javaScriptEnabled: false })).newPage();
  inspector = await (await running.browser.newContext()).newPage();
  for (const page of [school, inspector]) page.setDefaultTimeout(30_000); // a loaded CI machine took over 10 s for one sign-in navigation
}, 60_000);
afterAll(() => running?.stop());

describe('a school declaring a tool in the browser', { timeout: 60_000 }, () => {
  it('signs in, declares Nextcloud, and the tool page counts the school', async () => {
    const token = await stack.token({ sub: 'staff-7', roles: ['school'], school: '92YY', schoolName: 'OBS Het Testveld (fictief)' });
    const profile = await stack.query(
      'mutation { updateMySchool(input: { name: "OBS Het Testveld (fictief)", sectors: [PO] }) { id } }',
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(profile.body.errors).toBeUndefined();
    const before = await stack.query<{ tool: { usage: { schools: number } } }>('{ tool(id: "nextcloud") { usage { schools } } }');
    const counted = before.body.data!.tool.usage.schools;

    await school.goto(`${web.url}/school`);
    await checked(school, 'school-sign-in');
    await school.getByLabel('Schooltoken (ontwikkelomgeving)').fill(token);
    await school.getByRole('button', { name: 'Inloggen' }).click();
    await school.waitForURL(`${web.url}/school`);
    expect(await school.getByText('Ingelogd voor OBS Het Testveld (fictief)').isVisible()).toBe(true);

    // A date the API refuses comes back beside the field, with what was typed kept.
    await school.getByLabel('Tool (id, bijvoorbeeld nextcloud)').fill('nextcloud');
    await school.locator('#since-new').fill('2099');
    await school.getByRole('button', { name: 'Melden' }).click();
    expect(await school.getByRole('alert').textContent()).toContain('Dat lukte niet');
    expect(await school.getByLabel('Tool (id, bijvoorbeeld nextcloud)').inputValue()).toBe('nextcloud');
    await checked(school, 'school-refused');

    await school.locator('#since-new').fill('2024-09');
    await school.locator('#purpose-new').fill('bestanden delen in het team');
    await school.getByRole('button', { name: 'Melden' }).click();
    await school.waitForURL(/\/school\?gedaan=declared/);
    expect(await school.getByRole('status').textContent()).toContain('De tool is gemeld.');
    expect(await school.locator('#tool-nextcloud h3').textContent()).toContain('Nextcloud');
    await checked(school, 'school-declared');

    await school.locator('#tool-nextcloud h3 a').click();
    await school.waitForURL(`${web.url}/tools/nextcloud`);
    const line = await school.locator('#usage').locator('xpath=..').locator('.usage-count').textContent();
    expect(line).toContain(`gebruikt door ${counted + 1} ${counted + 1 === 1 ? 'school' : 'scholen'}`);
    expect(line).toMatch(/\(\d+ PO/);
    expect(await school.content()).not.toContain('Testveld');
    await checked(school, 'school-tool-page');
  });
});

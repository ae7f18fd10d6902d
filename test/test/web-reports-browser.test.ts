/**
 * "Meld een fout" in headless Chromium with JavaScript off: a reader reports a mistake on a tool page
 * and is thanked; a curator finds it under "Meldingen" on the dashboard and in the work list's "met open
 * meldingen" filter, and resolves it. Then archiving: the refusals in Dutch, and the "gearchiveerd" badges
 * on the pages that linked to archived entries. axe-core checks every page on the way.
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
  for (const page of [reader, curator, inspector]) page.setDefaultTimeout(30_000); // a loaded CI machine took over 10 s for one sign-in navigation
  // A fresh stack's first tool page plans and caches its queries (9 s at load 28): asked once here, not under the 10 s page timeout.
  await fetch(`${web.url}/tools/moodle`);
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

    await curator.goto(`${web.url}/redactie/werk`);
    await curator.getByLabel('Met open meldingen').check();
    await curator.getByRole('button', { name: 'Filteren' }).click();
    await curator.waitForURL(/meldingen=1/);
    const rows = curator.locator('table.work-list tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getByRole('rowheader').textContent()).toBe('Moodle LMS');
    expect(await rows.first().getByRole('link', { name: '1 melding' }).getAttribute('href')).toBe('/redactie#reports');
    expect(await curator.getByLabel('Met open meldingen').isChecked()).toBe(true);
    await checked(curator, 'curator-work-reported');

    await curator.goto(`${web.url}/redactie`);
    await reports.getByLabel('Wat is er gedaan? (niet verplicht)').fill('Adres aangepast');
    await reports.getByRole('button', { name: 'Afgehandeld' }).click();
    await curator.waitForURL(/gedaan=melding/);
    expect(await curator.getByText('De melding is afgehandeld.').isVisible()).toBe(true);
    expect(await reports.getByRole('heading').textContent()).toBe('Meldingen (0)');
  });

  it('words the archive refusals in Dutch, and shows "gearchiveerd" where pages linked to archived entries', async () => {
    await curator.goto(`${web.url}/redactie/tool/moodle`);
    const archiveForm = curator.locator('form', { has: curator.getByRole('button', { name: 'Archiveren', exact: true }) });
    await archiveForm.getByLabel('Reden van archiveren (verplicht)').fill('Wordt niet meer onderhouden.');
    await archiveForm.getByLabel(/Ja, ik wil dit item archiveren/).check();
    await archiveForm.getByRole('button', { name: 'Archiveren', exact: true }).click();
    await curator.waitForURL(/gedaan=requestArchive/);
    await archiveForm.getByLabel(/Ja, ik wil dit item archiveren/).check();
    await archiveForm.getByRole('button', { name: 'Archiveren', exact: true }).click();
    const refusal = await curator.getByRole('alert').textContent();
    expect(refusal).toContain('Vier ogen: een andere redacteur dan wie om archiveren vroeg, moet het item archiveren.');
    expect(refusal).not.toMatch(/Four eyes|curator other than/);
    await checked(curator, 'curator-refusal-four-eyes');

    const alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
    const bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
    const archive = async (type: string, id: string, tokens: string[]) => {
      for (const token of tokens) {
        const { body } = await stack.query(
          `mutation { archive${type}(id: "${id}", comment: "Test.") { entryStatus } }`,
          {},
          { authorization: `Bearer ${token}` },
        );
        expect(body.errors).toBeUndefined();
      }
    };
    await archive('Tool', 'moodle', [alice]);
    await archive('Product', 'zoom', [alice, bob]);
    await archive('Organisation', 'stichting-basispoort', [alice, bob]);
    for (const [path, name, badge] of [
      ['/standaarden/lti-1-3', 'archived-standard', 'Moodle LMS gearchiveerd'],
      ['/tools/jitsi-meet', 'archived-tool', 'Zoom gearchiveerd'],
      ['/voorzieningen/basispoort', 'archived-facility', 'Stichting Basispoort (Basispoort) gearchiveerd'],
    ] as const) {
      await inspector.goto(`${web.url}${path}`);
      const item = inspector
        .locator('main')
        .getByText(badge.replace(/ gearchiveerd$/, ''), { exact: false })
        .filter({ has: inspector.locator('.badge') });
      expect((await item.first().textContent())?.replace(/\s+/g, ' ')).toContain(badge);
      expect(await inspector.locator('.badge', { hasText: 'gearchiveerd' }).first().isVisible()).toBe(true);
      await checked(inspector, name);
    }
  });
});

/**
 * The curator workspace in headless Chromium over the whole stack: two curators of one organisation
 * sign in with development tokens; one creates a tool (meeting the API's validation messages beside
 * the fields) and submits it, the other publishes it; the history shows the field changes; an edit
 * conflict keeps what the curator typed. axe-core checks every curator page.
 */
import type { RunningWeb } from '@edu-catalogus/web';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, startBrowserStack, type BrowserStack } from '../src/browser.ts';
import type { Stack } from '../src/stack.ts';

let running: BrowserStack;
let stack: Stack;
let web: RunningWeb;
let alice: Page;
let bob: Page;

const TOOL = { id: 'leerlab-notities', name: 'Leerlab Notities' };
const entryUrl = () => `${web.url}/redactie/tool/${TOOL.id}`;

async function signIn(page: Page, token: string) {
  await page.goto(`${web.url}/redactie`);
  await page.waitForURL(/\/redactie\/inloggen\?next=/);
  await page.getByLabel('Ontwikkeltoken').fill(token);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(`${web.url}/redactie`);
}

/** Opens a part of the curator form (a <details>) the way a person does, unless it is open already. */
async function openSection(page: Page, name: string) {
  if ((await page.locator(`#section-${name}`).getAttribute('open')) === null) await page.locator(`#section-${name} > summary`).click();
}

async function checked(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

beforeAll(async () => {
  running = await startBrowserStack();
  ({ stack, web } = running);
  alice = await (await running.browser.newContext()).newPage();
  bob = await (await running.browser.newContext()).newPage();
  for (const page of [alice, bob]) page.setDefaultTimeout(30_000); // a loaded CI machine took over 10 s for one sign-in navigation
}, 60_000);
afterAll(() => running?.stop());

describe('curators in the browser', { timeout: 60_000 }, () => {
  it('asks for a token before showing the workspace, and refuses one the gateway does not accept', async () => {
    await alice.goto(`${web.url}/redactie`);
    await alice.waitForURL(/\/redactie\/inloggen/);
    await checked(alice, 'curator-sign-in');
    await alice.getByLabel('Ontwikkeltoken').fill('eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5Iiwicm9sZXMiOlsiY3VyYXRvciJdfQ.');
    await alice.getByRole('button', { name: 'Inloggen' }).click();
    expect(await alice.getByRole('alert').textContent()).toContain('Dit token wordt niet geaccepteerd');
    await signIn(alice, await stack.token({ sub: 'alice', name: 'Alice', org: 'kennisnet', roles: ['curator'] }));
    expect(await alice.getByText('Ingelogd als Alice (kennisnet)').isVisible()).toBe(true);
    await checked(alice, 'curator-dashboard');
  });

  it('creates a tool, showing the API’s problem in Dutch beside the field it names and keeping what was typed', async () => {
    await alice.goto(`${web.url}/redactie/tool/nieuw`);
    // The save bar stays in view (sticky) at the top of a long form.
    const viewport = alice.viewportSize()!;
    const save = await alice.getByRole('button', { name: 'Opslaan', exact: true }).boundingBox();
    expect(save!.y + save!.height).toBeLessThanOrEqual(viewport.height);
    await checked(alice, 'curator-form-sections');
    await alice.locator('#field-name').fill(TOOL.name);
    await alice.locator('#field-summary-nl').fill('Notities maken en delen in de klas.');
    await alice.locator('#field-homepage').fill('https://leerlab.example');
    // The form is in parts (<details>); basis is open, the others open on a click.
    expect(await alice.locator('#section-licentie').getAttribute('open')).toBeNull();
    await alice.locator('#section-licentie > summary').click();
    await alice.locator('#field-license-expression').fill('MIT OR');
    await alice.getByRole('button', { name: 'Opslaan', exact: true }).click();
    // The same input straight to the API gives the message the form must show.
    const { body } = await stack.query(
      `mutation { createTool(input: { name: "x", summary: { nl: "x" }, homepage: "https://x.example", license: { expression: "MIT OR" } }) { id } }`,
      {},
      { authorization: `Bearer ${await stack.token({ sub: 'probe', org: 'kennisnet', roles: ['curator'] })}` },
    );
    const apiMessage = body.errors![0]!.extensions!.problems.find((p: { field: string }) => p.field === 'input.license.expression').message;
    expect(apiMessage).toMatch(/SPDX/);
    const shown = (await alice.locator('#field-license-expression-error').textContent())?.trim();
    expect(shown).toMatch(/^Dit is geen geldige SPDX-licentie-expressie/);
    expect(shown).not.toContain(apiMessage);
    expect(await alice.locator('#field-license-expression').getAttribute('aria-invalid')).toBe('true');
    expect(await alice.locator('#field-name').inputValue()).toBe(TOOL.name);
    await checked(alice, 'curator-form-errors');

    await alice.locator('#field-license-expression').fill('MIT');
    await openSection(alice, 'relaties');
    await openSection(alice, 'bronnen');
    await alice.getByRole('group', { name: 'Soort software' }).getByText('Kiezen (0 gekozen)').click();
    await alice.getByRole('checkbox', { name: 'Aantekeningen en notities' }).check();
    await alice.locator('#field-developmentStatus').selectOption('STABLE');
    await alice.locator('#field-sources-0-url').fill('https://leerlab.example/licentie');
    await alice.locator('#field-certainty').selectOption('CONFIRMED');
    await alice.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await alice.waitForURL(`${entryUrl()}?gedaan=create`);
    expect(await alice.getByRole('status').textContent()).toContain('Aangemaakt als concept');
  });

  it('submits for review; the author may not publish (four eyes), a second curator can', async () => {
    await alice.getByRole('button', { name: 'Indienen voor review' }).click();
    await alice.waitForURL(`${entryUrl()}?gedaan=submit`);
    await alice.getByRole('button', { name: 'Publiceren' }).click();
    expect(await alice.getByRole('alert').textContent()).toMatch(/Vier ogen/);
    await checked(alice, 'curator-entry');

    await signIn(bob, await stack.token({ sub: 'bob', name: 'Bob', org: 'kennisnet', roles: ['curator'] }));
    const row = bob.getByRole('row', { name: new RegExp(TOOL.name) });
    expect(await row.getByText('U kunt publiceren').isVisible()).toBe(true);
    expect(await row.getByRole('checkbox', { name: `${TOOL.name} selecteren` }).isVisible()).toBe(true);
    await checked(bob, 'curator-review-queue');
    await row.getByRole('link', { name: TOOL.name }).click();
    await bob.getByRole('button', { name: 'Publiceren' }).click();
    await bob.waitForURL(`${entryUrl()}?gedaan=publish`);

    const published = await fetch(`${web.url}/tools/${TOOL.id}`);
    expect(published.status).toBe(200);
    expect(await published.text()).toContain(`<h1>${TOOL.name}</h1>`);
  });

  it('shows the history, field by field', async () => {
    await bob.getByRole('link', { name: 'Geschiedenis' }).click();
    const headings = await bob.locator('.revisions h2').allTextContents();
    expect(headings).toEqual(['Versie 3: Gepubliceerd', 'Versie 2: Ingediend', 'Versie 1: Aangemaakt']);
    const created = bob.locator('.revisions > li').last();
    expect(
      await created
        .getByRole('row', { name: /license\.expression/ })
        .locator('ins')
        .textContent(),
    ).toBe('MIT');
    expect(await created.getByRole('row', { name: /^name/ }).locator('ins').textContent()).toBe(TOOL.name);
    await checked(bob, 'curator-history');
  });

  it('keeps what a curator typed when someone else saved first, and says which version is current', async () => {
    await alice.goto(`${entryUrl()}/bewerken`);
    await bob.goto(`${entryUrl()}/bewerken`);
    await bob.locator('#field-summary-nl').fill('Bobs samenvatting.');
    await bob.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await bob.waitForURL(`${entryUrl()}?gedaan=update`);

    await alice.locator('#field-summary-nl').fill('Alices samenvatting.');
    await alice.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const { body } = await stack.query(
      `{ toolEntry(id: "${TOOL.id}") { version } }`,
      {},
      {
        authorization: `Bearer ${await stack.token({ sub: 'probe', org: 'kennisnet', roles: ['curator'] })}`,
      },
    );
    expect(await alice.getByRole('alert').first().textContent()).toContain(`nu versie ${body.data.toolEntry.version}`);
    expect(await alice.locator('#field-summary-nl').inputValue()).toBe('Alices samenvatting.');
    await checked(alice, 'curator-conflict');

    await alice.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await alice.waitForURL(`${entryUrl()}?gedaan=update`);
    // The pending draft is now Alice's text, against the published summary.
    expect(
      (
        await alice
          .getByRole('row', { name: /summary\.nl/ })
          .locator('ins')
          .allTextContents()
      ).join(' '),
    ).toContain('Alices samenvatting');
  });

  it('finds an entry in the work list, and goes from its public page to its form', async () => {
    await bob.goto(`${web.url}/redactie/werk`);
    await bob.getByLabel('Zoek op naam of id').fill('leerlab');
    await bob.getByRole('button', { name: 'Filteren' }).click();
    await bob.waitForURL(/\/redactie\/werk\?q=leerlab/);
    expect(await bob.getByRole('row', { name: new RegExp(TOOL.name) }).isVisible()).toBe(true);
    await checked(bob, 'curator-work-list');

    await bob.goto(`${web.url}/tools/${TOOL.id}`);
    await bob.getByRole('link', { name: `${TOOL.name} bewerken in de redactie` }).click();
    await bob.waitForURL(`${entryUrl()}/bewerken`);
    expect(await bob.locator('#field-name').inputValue()).toBe(TOOL.name);
  });
});

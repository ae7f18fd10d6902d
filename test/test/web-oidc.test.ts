/**
 * Curator and school sign-in through an OIDC provider, end to end: a real authorization-code flow
 * against oauth2-mock-server, whose access token the gateway then verifies against the provider's keys.
 * A school's ID token carries the institution claim (Entree Federatie's, mapped to `school` here).
 */
import { silentLogger } from '@edu-catalogus/kit/runtime';
import { startWeb, type RunningWeb } from '@edu-catalogus/web';
import { OAuth2Server } from 'oauth2-mock-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser.ts';
import { startStack, type Stack } from '../src/stack.ts';

let provider: OAuth2Server;
let stack: Stack;
let web: RunningWeb;
let browser: Browser;
const olivia = { sub: 'olivia', name: 'Olivia', org: 'kennisnet', roles: ['curator'] };
/** A fictitious school's staff member, as a federation (or a broker) would send them. */
const staff = { sub: 'staff-9', name: 'Sam', roles: ['school'], school: '99XO', school_name: 'Basisschool De Proef (fictief)' };
/** Who the provider signs in next (the tests run in order). */
let person: Record<string, unknown> = olivia;

beforeAll(async () => {
  provider = new OAuth2Server();
  await provider.issuer.keys.generate('RS256');
  await provider.start(0, '127.0.0.1');
  const issuer = provider.issuer.url!;
  // What an organisation's provider (or a broker) puts in a curator's tokens; the access token
  // (the one with a scope) is for the catalogue's API, the ID token stays for the site.
  provider.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }) => {
    Object.assign(token.payload, person);
    if ('scope' in token.payload) token.payload.aud = 'edu-catalogus';
  });
  [stack, browser] = await Promise.all([startStack({ env: { OIDC_ISSUER: issuer, OIDC_JWKS_URL: `${issuer}/jwks` } }), launchBrowser()]);
  web = await startWeb({
    port: 0,
    gatewayUrl: stack.gatewayUrl,
    logger: silentLogger,
    oidc: { issuer, clientId: 'edu-catalogus-web', scope: 'openid profile' },
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
  await stack?.stop();
  await provider?.stop();
});

describe('curator sign-in with OIDC', { timeout: 30_000 }, () => {
  it('sends the curator to the provider and back, signed in with a token the gateway accepts', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${web.url}/redactie`);
    expect(await page.getByText('U logt in via de identiteitsprovider van uw organisatie.').isVisible()).toBe(true);
    expect(await page.getByLabel('Ontwikkeltoken').count()).toBe(0);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${web.url}/redactie`);
    expect(await page.getByText('Ingelogd als Olivia (kennisnet)').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Wacht op review' }).isVisible()).toBe(true);
  });

  it('refuses a callback that no sign-in started', async () => {
    const response = await fetch(`${web.url}/redactie/oidc?code=stolen&state=guess`);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Inloggen bij de identiteitsprovider is niet gelukt');
  });

  it('signs school staff in from /school: the ID token names the institution, and they land on /school for it', async () => {
    person = staff;
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${web.url}/school`);
    expect(await page.getByText('U logt in met het account van uw school').isVisible()).toBe(true);
    expect(await page.getByLabel('Schooltoken (ontwikkelomgeving)').count()).toBe(0);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${web.url}/school`);
    expect(await page.getByText('Ingelogd voor Basisschool De Proef (fictief)').isVisible()).toBe(true);
    // The page shows only after the gateway answered mySchool with the access token; it is no curator's session.
    await page.goto(`${web.url}/redactie`);
    expect(await page.getByRole('button', { name: 'Inloggen' }).isVisible()).toBe(true);
  });

  it('sends someone whose ID token names a school to /school even when they start at the curators’ sign-in', async () => {
    person = staff;
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${web.url}/redactie`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${web.url}/school`);
    expect(await page.getByText('Ingelogd voor Basisschool De Proef (fictief)').isVisible()).toBe(true);
  });

  it('refuses a school sign-in whose ID token names no institution, and keeps a curator a curator', async () => {
    person = olivia;
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${web.url}/school`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/redactie\/oidc/);
    expect(await page.getByText('Dit account hoort niet bij een school.').isVisible()).toBe(true);
    await page.goto(`${web.url}/school`);
    expect(await page.getByText('Ingelogd voor').count()).toBe(0);
  });
});

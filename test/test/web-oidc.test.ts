/**
 * Curator sign-in through an OIDC provider, end to end: a real authorization-code flow against
 * oauth2-mock-server, whose access token the gateway then verifies against the provider's keys.
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

beforeAll(async () => {
  provider = new OAuth2Server();
  await provider.issuer.keys.generate('RS256');
  await provider.start(0, '127.0.0.1');
  const issuer = provider.issuer.url!;
  // What an organisation's provider (or a broker) puts in a curator's tokens; the access token
  // (the one with a scope) is for the catalogue's API, the ID token stays for the site.
  provider.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }) => {
    Object.assign(token.payload, { sub: 'olivia', name: 'Olivia', org: 'kennisnet', roles: ['curator'] });
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
});

/** The curator workspace's archive and restore actions over plain HTTP (no browser): two curators, four eyes. */
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
  for (const sub of ['alice', 'bob']) {
    const body = new URLSearchParams({ token: await stack.token({ sub, org: 'kennisnet', roles: ['curator'] }), next: '/redactie' });
    const response = await fetch(`${web.url}/redactie/inloggen`, { method: 'POST', body, redirect: 'manual', headers: { origin: web.url } });
    cookies[sub] = response.headers.get('set-cookie')!.split(';')[0]!;
  }
});
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

const act = (who: string, action: string, fields: Record<string, string> = {}) =>
  fetch(`${web.url}/redactie/tool/moodle/${action}`, {
    method: 'POST',
    body: new URLSearchParams({ comment: '', ...fields }),
    headers: { cookie: cookies[who]!, origin: web.url },
    redirect: 'manual',
  });
const page = async (who: string, path: string) => (await fetch(`${web.url}${path}`, { headers: { cookie: cookies[who]! } })).text();

describe('archiving and restoring in the curator workspace', () => {
  it('asks for a second curator before archiving, lists the request, and restores the entry as a draft', async () => {
    const requested = await act('alice', 'archiveren', { comment: 'Niet meer in gebruik.', confirm: 'yes' });
    expect(requested.headers.get('location')).toBe('/redactie/tool/moodle?gedaan=requestArchive');
    expect(await page('bob', '/redactie')).toContain('Wacht op archiveren');
    expect((await fetch(`${web.url}/tools/moodle`)).status).toBe(200);

    const again = await act('alice', 'archiveren', { confirm: 'yes' });
    expect(again.status).toBe(403);
    expect(await again.text()).toContain('Vier ogen');

    const archived = await act('bob', 'archiveren', { confirm: 'yes' });
    expect(archived.headers.get('location')).toBe('/redactie/tool/moodle?gedaan=archive');
    expect(await page('alice', '/redactie/tool/moodle')).toContain('Herstellen');

    const restored = await act('alice', 'herstellen');
    expect(restored.headers.get('location')).toBe('/redactie/tool/moodle?gedaan=restore');
    expect(await page('alice', '/redactie/tool/moodle?gedaan=restore')).toContain('Hersteld als concept');
  });

  it('refuses to publish a version other than the one the reviewer was shown', async () => {
    expect((await act('alice', 'indienen')).status).toBe(303);
    const entry = await page('bob', '/redactie/tool/moodle');
    const version = Number(entry.match(/name="expectedVersion" value="(\d+)"/)?.[1]);
    expect(version).toBeGreaterThan(1);
    expect((await act('bob', 'publiceren', { expectedVersion: String(version - 1) })).status).toBe(409);
    expect((await act('bob', 'publiceren', { expectedVersion: String(version) })).headers.get('location')).toBe('/redactie/tool/moodle?gedaan=publish');
    expect((await fetch(`${web.url}/tools/moodle`)).status).toBe(200);
  });
});

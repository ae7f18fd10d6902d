/**
 * "Meld een fout" over the whole stack, over HTTP: the form on every entry page type, a report stored
 * in the entry's subgraph as a curator task, the thanks page, CSRF, Dutch messages for refused input,
 * and the per-visitor and total limits. (The browser walk, without JavaScript, is in web-reports-browser.)
 */
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { getPage, startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
let limited: RunningWeb;
const escapeHtml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
  // Behind a trusted proxy, X-Forwarded-For names the visitor: one test client plays several.
  limited = await startWebOver(stack, { reportLimits: { perVisitor: 2, total: 3, windowSeconds: 3600 }, trustedProxies: ['127.0.0.1'] });
});
afterAll(async () => {
  await web?.close();
  await limited?.close();
  await stack?.stop();
});

/** Posts the form as a browser does: urlencoded, with the site's own Origin. */
const post = (site: RunningWeb, path: string, fields: Record<string, string>, origin = site.url, visitor = '127.0.0.1') =>
  fetch(`${site.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': visitor },
    body: new URLSearchParams(fields),
  });

async function openReports(type: string) {
  const token = await stack.token({ sub: 'carol', org: 'kennisnet', roles: ['curator'] });
  const { body } = await stack.query(`{ open${type}Reports { entityType entityId message email } }`, {}, { authorization: `Bearer ${token}` });
  expect(body.errors).toBeUndefined();
  return body.data[`open${type}Reports`] as { entityType: string; entityId: string; message: string; email: string | null }[];
}

describe('meld een fout', () => {
  it.each([
    ['/tools/moodle', 'Tool', 'moodle'],
    ['/alternatieven/microsoft-teams', 'Product', 'microsoft-teams'],
    ['/voorzieningen/entree-federatie', 'Facility', 'entree-federatie'],
    ['/standaarden/lti-1-3', 'Standard', 'lti-1-3'],
    ['/organisaties/kennisnet', 'Organisation', 'kennisnet'],
  ])('on %s: a form without account that stores a curator task and thanks the reader', async (path, type, id) => {
    const { html } = await getPage(`${web.url}${path}`);
    expect(html).toContain(`<form method="post" action="${path}/melding">`);
    expect(text(html)).toContain('Meld een fout');

    const message = `Het adres van de helpdesk op ${path} klopt niet meer.`;
    const response = await post(web, `${path}/melding`, { message, email: 'ict@school.example' });
    expect(response.status).toBe(303);
    const thanks = response.headers.get('location')!;
    expect(thanks).toBe(`${path}/melding?ontvangen&email`);
    expect((await openReports(type)).filter((r) => r.entityId === id)).toEqual([{ entityType: type, entityId: id, message, email: 'ict@school.example' }]);

    const page = await getPage(`${web.url}${thanks}`);
    expect(page.status).toBe(200);
    expect(text(page.html)).toContain('Bedankt voor uw melding');
    expect(text(page.html)).toContain('Een redacteur van de catalogus bekijkt uw melding');
    expect(page.html).toContain(`<a href="${path}">`);
  });

  it('speaks English under /en', async () => {
    const response = await post(web, '/en/tools/nextcloud/melding', { message: 'The hosting options miss the Dutch providers.' });
    expect(response.headers.get('location')).toBe('/en/tools/nextcloud/melding?ontvangen');
    expect(text((await getPage(`${web.url}/en/tools/nextcloud/melding?ontvangen`)).html)).toContain('Thank you for your report');
  });

  it('refuses a post from another site (CSRF) and stores nothing', async () => {
    const response = await post(web, '/tools/gimp/melding', { message: 'Dit komt van een andere site af.' }, 'https://evil.example');
    expect(response.status).toBe(403);
    expect((await openReports('Tool')).filter((r) => r.entityId === 'gimp')).toEqual([]);
  });

  it('keeps what the reader typed and says in Dutch why HTML, too little text or a bad address is refused', async () => {
    for (const [fields, words] of [
      [{ message: 'Zie <a href="https://x.example">hier</a> voor de juiste gegevens' }, 'Gebruik gewone tekst, zonder HTML'],
      [{ message: 'fout' }, 'in minstens 10 tekens'],
      [{ message: 'De licentie is veranderd in 2025.', email: 'geen adres' }, 'Dit is geen geldig e-mailadres'],
    ] as const) {
      const response = await post(web, '/tools/gimp/melding', fields);
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(text(html)).toContain(words);
      expect(html).toContain('aria-invalid="true"');
      expect(html).toContain(`>${escapeHtml(fields.message)}</textarea>`);
      expect(html).toContain('<details open="">');
    }
    expect((await openReports('Tool')).filter((r) => r.entityId === 'gimp')).toEqual([]);
  });

  it('answers 404 for an entry that does not exist', async () => {
    expect((await post(web, '/tools/bestaat-niet/melding', { message: 'Deze tool bestaat niet eens.' })).status).toBe(404);
  });

  it('limits reports per visitor and in total, with Retry-After and the form kept', async () => {
    const send = (id: string, visitor: string) =>
      post(limited, `/tools/${id}/melding`, { message: `Een melding over ${id} van ${visitor}.` }, limited.url, visitor);
    for (const id of ['anki', 'audacity']) expect((await send(id, '203.0.113.1')).status).toBe(303);
    const over = await send('blender', '203.0.113.1');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await over.text();
    expect(text(html)).toContain('U stuurde kort na elkaar veel meldingen');
    expect(html).toContain('Een melding over blender van 203.0.113.1.</textarea>');
    // Another visitor may report until the total of 3 is used up; then nobody may.
    expect((await send('calibre', '203.0.113.2')).status).toBe(303);
    expect((await send('chamilo', '203.0.113.3')).status).toBe(429);
    const stored = (await openReports('Tool')).map((r) => r.entityId);
    expect(stored).toEqual(expect.arrayContaining(['anki', 'audacity', 'calibre']));
    expect(stored).not.toContain('blender');
    expect(stored).not.toContain('chamilo');
  });
});

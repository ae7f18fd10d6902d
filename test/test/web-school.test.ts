/**
 * The school's page over the whole stack: a school signs in with its token, declares, changes and
 * withdraws its use of a tool with plain forms (CSRF-checked), and the tool page counts it, naming
 * the school only once it opted in. Tokens of other roles get no school page.
 */
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../src/stack.ts';
import { getPage, startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
let cookie: string;
const SCHOOL = 'Basisschool De Proefpolder (fictief)';

async function signIn(token: string, origin = web.url) {
  return fetch(`${web.url}/school/inloggen`, { method: 'POST', body: new URLSearchParams({ token }), redirect: 'manual', headers: { origin } });
}
const post = (path: string, fields: Record<string, string>, origin = web.url) =>
  fetch(`${web.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), headers: { cookie, origin }, redirect: 'manual' });
const schoolPage = async (path = '/school') => getPage(`${web.url}${path}`, { cookie });
const toolHtml = async (id: string, path = '/tools/') => (await getPage(`${web.url}${path}${id}`)).html;

beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
  const token = await stack.token({ sub: 'staff-1', roles: ['school'], school: '91ZZ', schoolName: SCHOOL });
  const answer = await signIn(token);
  expect(answer.status).toBe(303);
  cookie = answer.headers.get('set-cookie')!.split(';')[0]!;
  // The school's sectors come from its profile (API), so the tool page can count it per sector.
  const { body } = await stack.query(
    'mutation { updateMySchool(input: { name: "Basisschool De Proefpolder (fictief)", sectors: [PO], municipality: "Nergenshuizen" }) { id } }',
    {},
    { authorization: `Bearer ${token}` },
  );
  expect(body.errors).toBeUndefined();
}, 60_000);
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

describe('a school on its own page', { timeout: 30_000 }, () => {
  it('asks for a token first, and refuses a curator’s token and a token the gateway does not trust', async () => {
    const anonymous = await getPage(`${web.url}/school`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.html).toContain('Inloggen als school');
    expect(anonymous.headers.get('cache-control')).toContain('no-store');
    const curator = await signIn(await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] }));
    expect(curator.status).toBe(403);
    expect(await curator.text()).toContain('Dit account hoort niet bij een school.');
    const forged = await signIn('eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5Iiwicm9sZXMiOlsic2Nob29sIl0sInNjaG9vbCI6IjkxWloifQ.');
    expect(forged.status).toBe(401);
    expect(forged.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a form posted from another site', async () => {
    const response = await post('/school/melden', { tool: 'moodle', since: '2024' }, 'https://evil.example');
    expect(response.status).toBe(403);
    expect((await schoolPage()).html).toContain('U heeft nog geen tools gemeld.');
  });

  it('declares a tool: the tool page counts the school per sector without naming it', async () => {
    const response = await post('/school/melden', { tool: 'moodle', since: '2023-08', purpose: 'lessen in groep 8' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/school?gedaan=declared#declarations');
    const page = await schoolPage('/school?gedaan=declared');
    expect(page.html).toContain('De tool is gemeld.');
    expect(page.html).toContain('lessen in groep 8');
    const tool = await toolHtml('moodle');
    expect(tool).toContain('gebruikt door 1 school (1 PO)');
    expect(tool).not.toContain('Proefpolder');
    expect(await toolHtml('moodle', '/en/tools/')).toContain('used by 1 school (1 PO)');
  });

  it('shows the API’s refusals beside the form in Dutch, keeping what was typed', async () => {
    const twice = await post('/school/melden', { tool: 'moodle', since: '2024' });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('Deze tool heeft u al gemeld');
    const unknown = await post('/school/melden', { tool: 'geen-bestaande-tool', since: '2024' });
    expect(unknown.status).toBe(422);
    const html = await unknown.text();
    expect(html).toContain('Deze tool staat niet in de catalogus.');
    expect(html).toContain('value="geen-bestaande-tool"');
    const badDate = await post('/school/melden', { tool: 'nextcloud', since: 'vorig jaar' });
    expect(badDate.status).toBe(422);
    expect(await badDate.text()).toContain('Gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD');
  });

  it('names the school on the tool page once it opts in, and forgets it when it withdraws', async () => {
    const update = await post('/school/bijwerken', {
      tool: 'moodle',
      since: '2023-08',
      purpose: 'lessen in groep 8',
      namedPublicly: 'yes',
      contactable: 'yes',
    });
    expect(update.status).toBe(303);
    const named = await toolHtml('moodle');
    expect(named).toContain(SCHOOL);
    expect(named).toContain('wil benaderd worden over deze tool');
    const unconfirmed = await post('/school/intrekken', { tool: 'moodle' });
    expect(unconfirmed.status).toBe(422);
    expect(await unconfirmed.text()).toContain('Vink aan dat u de melding wilt intrekken.');
    const withdraw = await post('/school/intrekken', { tool: 'moodle', confirm: 'yes' });
    expect(withdraw.status).toBe(303);
    const after = await toolHtml('moodle');
    expect(after).not.toContain(SCHOOL);
    expect(after).toContain('Nog geen school heeft gemeld dat ze dit gebruikt.');
    expect((await schoolPage()).html).toContain('U heeft nog geen tools gemeld.');
  });

  it('speaks English under /en and signs out for good', async () => {
    const english = await schoolPage('/en/school');
    expect(english.html).toContain('Tools we use');
    expect(english.html).toContain(`Signed in for ${SCHOOL}`);
    const out = await post('/school/uitloggen', {});
    expect(out.status).toBe(303);
    expect((await schoolPage()).html).toContain('Inloggen als school');
  });
});

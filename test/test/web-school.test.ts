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

const resultIds = (html: string) => [...html.matchAll(/<h3 id="tool-([a-z0-9-]+)">/g)].map((m) => m[1]!);

describe('search and product pages with what schools use', { timeout: 30_000 }, () => {
  it('"direct te gebruiken" lists exactly the tools with a published offering', async () => {
    const { body } = await stack.query<{ organisations: { offerings: { tool: { id: string } }[] }[] }>('{ organisations { offerings { tool { id } } } }');
    const offered = new Set(body.data!.organisations.flatMap((o) => o.offerings.map((x) => x.tool.id)));
    expect(offered.size).toBeGreaterThan(5);
    const { html } = await getPage(`${web.url}/zoeken?direct=1`);
    expect(html).toContain('Direct te gebruiken: een aanbieder biedt het aan');
    expect(html).toMatch(/id="f-direct" name="direct" value="1" checked/);
    const shown = resultIds(html);
    expect(shown.length).toBe(Math.min(20, offered.size));
    expect(shown.every((id) => offered.has(id))).toBe(true);
    expect(html).toContain(`${offered.size} `);
    const combined = resultIds((await getPage(`${web.url}/zoeken?direct=1&q=video`)).html);
    expect(combined.every((id) => offered.has(id))).toBe(true);
  });

  it('orders by usage: the tool schools declared comes first, once, and the others follow', async () => {
    // The school signed out above: a colleague signs in again.
    const again = await signIn(await stack.token({ sub: 'staff-2', roles: ['school'], school: '91ZZ', schoolName: SCHOOL }));
    cookie = again.headers.get('set-cookie')!.split(';')[0]!;
    const declared = await post('/school/melden', { tool: 'cryptpad', since: '2025' });
    expect(declared.headers.get('location')).toBe('/school?gedaan=declared#declarations');
    const first = await getPage(`${web.url}/zoeken?order=USAGE`);
    const ids = resultIds(first.html);
    expect(ids[0]).toBe('cryptpad');
    expect(ids.length).toBe(20);
    const next = /href="([^"]*after=[^"]*)"/.exec(first.html)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toBeDefined();
    const second = resultIds((await getPage(`${web.url}${next}`)).html);
    expect(second.length).toBeGreaterThan(0);
    expect(second).not.toContain('cryptpad');
    expect(second.filter((id) => ids.includes(id))).toEqual([]);
    // Withdrawn through the site: the order forgets it at once.
    expect((await post('/school/intrekken', { tool: 'cryptpad', confirm: 'yes' })).status).toBe(303);
    expect(resultIds((await getPage(`${web.url}/zoeken?order=USAGE`)).html)[0]).not.toBe('cryptpad');
  });

  it('ranks a product’s alternatives by fit, then ready to use, then usage, and shows who offers each', async () => {
    const { body } = await stack.query<{ product: { alternatives: { fit: string; tool: { id: string; offerings: { id: string }[] } }[] } }>(
      '{ product(id: "microsoft-teams") { alternatives { fit tool { id offerings { id } } } } }',
    );
    const alternatives = body.data!.product.alternatives;
    const { html } = await getPage(`${web.url}/alternatieven/microsoft-teams`);
    const shown = resultIds(html);
    expect(shown.sort()).toEqual(alternatives.map((a) => a.tool.id).sort());
    const order = resultIds(html);
    const rank = (id: string) => {
      const a = alternatives.find((x) => x.tool.id === id)!;
      return (a.fit === 'FULL' ? 0 : 2) + (a.tool.offerings.length > 0 ? 0 : 1);
    };
    expect(order.map(rank)).toEqual([...order.map(rank)].sort((a, b) => a - b));
    expect(html).toContain('<dt>Direct te gebruiken</dt>');
  });
});

/**
 * Schools' usage declarations through the gateway: school tokens carry the institution to the schools
 * subgraph, a school acts only for itself, notes appear after review, a school that did not opt in is
 * counted but named in no public answer, and a withdrawal reaches every gateway's response cache.
 */
import { loadGatewayConfig, type RunningGateway, startConfiguredGateway } from '@edu-catalogus/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWeb } from '@edu-catalogus/web';
import { postJson } from '../src/http.ts';
import { type Stack, startStack } from '../src/stack.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../src/browser.ts';
import { publicSurfaces } from '../src/public-surfaces.ts';
import { startWebOver } from '../src/web.ts';

// Clearly fictitious schools (BRIN codes 99X*), never real institutions.
const PROEF = { id: '99XA', name: 'Basisschool De Proefpolder (fictief)', municipality: 'Testdorp', province: 'ZEELAND', sectors: ['PO'] };
/** Opted in to be named nowhere: counted, never named. */
const STIL = { id: '99XC', name: 'Obs De Stille Telling (fictief)', municipality: 'Zwijgerveen', province: 'DRENTHE', sectors: ['PO'] };
const VERZONNEN = { id: '99XB', name: 'Het Verzonnen Lyceum (fictief)', municipality: 'Nergenshuizen', province: 'UTRECHT', sectors: ['VO'] };

let stack: Stack;
let following: RunningGateway;
let web: RunningWeb;
let browser: Browser;
const tokens = { proef: '', verzonnen: '', stil: '', alice: '' };
const as = (token: string) => ({ authorization: `Bearer ${token}` });
const USAGE =
  '{ tool(id: "jitsi-meet") { usage { schools bySector { sector count } byProvince { province count } namedSchools { name municipality } notes { text } } } }';
type Usage = { schools: number; namedSchools: { name: string }[] };
const ask = async (gateway: RunningGateway, query: string) => ((await postJson(gateway.url, { query })).json as { data: { tool: { usage: Usage } } }).data;
const declare = (token: string, input: Record<string, unknown>) =>
  stack.query('mutation($input: ToolUsageInput!) { declareToolUsage(input: $input) { id version } }', { input: { since: '2023-08', ...input } }, as(token));
const profile = ({ id: _id, ...input }: typeof PROEF, token: string) =>
  stack.query('mutation($input: SchoolProfileInput!) { updateMySchool(input: $input) { id } }', { input }, as(token));

beforeAll(async () => {
  stack = await startStack({ env: { CACHE_MAX_AGE: '300' } });
  following = await startConfiguredGateway(
    loadGatewayConfig({ DATA_DIR: stack.dataDir, GATEWAY_PORT: '0', CACHE_MAX_AGE: '300', CHANGES_POLL_MS: '100', ...urlsOf(stack) }),
    { logging: false },
  );
  [web, browser] = await Promise.all([startWebOver(stack), launchBrowser()]);
  tokens.proef = await stack.token({ sub: 'staff-p', org: null, roles: ['school'], school: PROEF.id, schoolName: PROEF.name });
  // Entree Federatie sends the BRIN code with the branch (6 characters); the institution is its first four.
  tokens.verzonnen = await stack.token({ sub: 'staff-v', org: null, roles: ['school'], school: `${VERZONNEN.id}01` });
  tokens.stil = await stack.token({ sub: 'staff-s', org: null, roles: ['school'], school: STIL.id, schoolName: STIL.name });
  tokens.alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  expect((await profile(STIL, tokens.stil)).body.errors).toBeUndefined();
  expect((await profile(PROEF, tokens.proef)).body.errors).toBeUndefined();
  expect((await profile(VERZONNEN, tokens.verzonnen)).body.errors).toBeUndefined();
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
  await following?.close();
  await stack.stop();
});
function urlsOf(s: Stack) {
  return Object.fromEntries(Object.entries(s.subgraphUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]));
}

describe('usage declarations through the gateway', () => {
  it('takes the school from the token: a declaration lands on the token’s institution, and a school id in the input is refused', async () => {
    const smuggled = await stack.query(
      'mutation($input: ToolUsageInput!) { declareToolUsage(input: $input) { id } }',
      { input: { tool: 'moodle', since: '2023', school: PROEF.id } },
      as(tokens.verzonnen),
    );
    expect(smuggled.body.errors?.[0]?.message).toMatch(/school/);
    expect((await declare(tokens.verzonnen, { tool: 'moodle', purpose: 'elo' })).body.errors).toBeUndefined();
    const mine = await stack.query('{ mySchool { id name declarations { tool { id } purpose } } }', {}, as(tokens.verzonnen));
    expect(mine.body.data.mySchool).toMatchObject({ id: VERZONNEN.id, name: VERZONNEN.name, declarations: [{ tool: { id: 'moodle' }, purpose: 'elo' }] });
    const other = await stack.query('{ mySchool { declarations { tool { id } } } }', {}, as(tokens.proef));
    expect(other.body.data.mySchool.declarations).toEqual([]);
  });

  it('one school cannot change or withdraw another’s declaration; a curator cannot declare; a school cannot review notes', async () => {
    await declare(tokens.proef, { tool: 'nextcloud', note: 'Goed.', namedPublicly: true });
    const update = await stack.query(
      'mutation { updateToolUsage(input: { tool: "nextcloud", since: "2020", purpose: "overgenomen" }) { id } }',
      {},
      as(tokens.verzonnen),
    );
    expect(update.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const withdraw = await stack.query('mutation { withdrawToolUsage(tool: "nextcloud") }', {}, as(tokens.verzonnen));
    expect(withdraw.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await stack.query('{ tool(id: "nextcloud") { usage { schools } } }')).body.data.tool.usage.schools).toBe(1);
    const byCurator = await declare(tokens.alice, { tool: 'nextcloud' });
    expect([byCurator.status, byCurator.body.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);
    const review = await stack.query('{ pendingUsageNotes { declaration } }', {}, as(tokens.proef));
    expect([review.status, review.body.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('publishes a note after a curator approves it', async () => {
    const noted = '{ tool(id: "nextcloud") { usage { notes { text school { name } } } } }';
    expect((await stack.query(noted)).body.data.tool.usage.notes).toEqual([]);
    const queue = await stack.query('{ pendingUsageNotes { declaration version note school { name } } }', {}, as(tokens.alice));
    const pending = queue.body.data.pendingUsageNotes.find((n: { note: string }) => n.note === 'Goed.');
    expect(pending.school).toEqual({ name: PROEF.name });
    const approve = 'mutation($d: ID!, $v: Int!) { approveUsageNote(declaration: $d, version: $v) { noteStatus } }';
    expect((await stack.query(approve, { d: pending.declaration, v: pending.version }, as(tokens.alice))).body.errors).toBeUndefined();
    expect((await stack.query(noted)).body.data.tool.usage.notes).toEqual([{ text: 'Goed.', school: { name: PROEF.name } }]);
  });

  it('counts a school that did not opt in but names it on no public surface: GraphQL, web pages, the widget, every export file', async () => {
    expect((await declare(tokens.stil, { tool: 'jitsi-meet', namedPublicly: false, note: 'Alleen voor de telling.' })).body.errors).toBeUndefined();
    await declare(tokens.verzonnen, { tool: 'jitsi-meet', namedPublicly: true });
    const { body } = await stack.query(USAGE);
    expect(body.data.tool.usage).toEqual({
      schools: 2,
      bySector: [
        { sector: 'PO', count: 1 },
        { sector: 'VO', count: 1 },
      ],
      byProvince: expect.arrayContaining([{ province: 'DRENTHE', count: 1 }]),
      namedSchools: [{ name: VERZONNEN.name, municipality: VERZONNEN.municipality }],
      notes: [],
    });
    const feed = await stack.query(
      '{ changes(first: 100, types: ["nl.edu-catalogus.toolusage.updated"]) { events { type subject data { id type version fields } } } }',
    );
    expect(feed.body.errors).toBeUndefined();
    expect(feed.body.data.changes.events).toContainEqual(expect.objectContaining({ type: 'nl.edu-catalogus.toolusage.updated', subject: 'jitsi-meet' }));
    // Every public surface: GraphQL answers, web pages, the widget in a portal's browser, every export file.
    const surfaces = await publicSurfaces(stack, web, browser, 'jitsi-meet', 'zoom');
    surfaces.push(['graphql usage', JSON.stringify(body)], ['graphql feed', JSON.stringify(feed.body)]);
    expect(surfaces.map(([name]) => name)).toEqual(
      expect.arrayContaining(['widget', '/export/offerings.csv', '/export/advice.csv', '/export/catalogue.json', '/dcat.ttl']),
    );
    for (const [name, text] of surfaces)
      for (const secret of [STIL.name, STIL.municipality, STIL.id, 'Alleen voor de telling.']) expect(text, `${name} names ${secret}`).not.toContain(secret);
    // The school that opted in is named where the tool's usage is shown: the search finds what it must.
    expect(surfaces.find(([name]) => name === '/tools/jitsi-meet')![1]).toContain(VERZONNEN.name);
    // Still counted: two schools use the tool.
    expect((await stack.query('{ tool(id: "jitsi-meet") { usage { schools } } }')).body.data.tool.usage.schools).toBe(2);
  }, 240_000);

  it('takes a withdrawn school out of the answers of every gateway’s response cache at once', async () => {
    const count = async (gateway: RunningGateway) => (await ask(gateway, USAGE)).tool.usage.schools;
    expect(await count(stack.gateway)).toBe(2);
    expect(await count(following)).toBe(2);
    const withdrawn = await stack.query('mutation { withdrawToolUsage(tool: "jitsi-meet") }', {}, as(tokens.verzonnen));
    expect(withdrawn.body.data).toEqual({ withdrawToolUsage: 'jitsi-meet' });
    expect(await count(stack.gateway)).toBe(1);
    // The other gateway purges on the feed's toolusage event (bounded by the test timeout).
    let other = await count(following);
    while (other !== 1) other = await count(following);
    expect((await ask(following, USAGE)).tool.usage.namedSchools).toEqual([]);
  });

  it('refuses a school token whose institution claim is no BRIN code; a curator token with a stray claim still works', async () => {
    const bad = await stack.token({ sub: 'staff-x', org: null, roles: ['school'], school: 'school.example.nl' });
    const refused = await stack.query('{ mySchool { id } }', {}, as(bad));
    expect([refused.status, refused.body.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const stray = await stack.token({ sub: 'carol', org: 'kennisnet', roles: ['curator'], school: 'school.example.nl' });
    const queue = await stack.query('{ pendingUsageNotes { declaration } }', {}, as(stray));
    expect(queue.body.errors).toBeUndefined();
  });

  it('limits a school’s changes per hour with RATE_LIMITED, passed on by the gateway', async () => {
    const busy = await stack.token({ sub: 'staff-busy', org: null, roles: ['school'], school: '99XD', schoolName: 'De Drukke School (fictief)' });
    expect((await declare(busy, { tool: 'moodle' })).body.errors).toBeUndefined();
    const update = 'mutation { updateToolUsage(input: { tool: "moodle", since: "2023" }) { version } }';
    let last = await stack.query(update, {}, as(busy));
    for (let i = 0; i < 40 && !last.body.errors; i++) last = await stack.query(update, {}, as(busy));
    expect(last.body.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(last.body.errors?.[0]?.message).toMatch(/per hour/);
    expect((await stack.query('{ mySchool { declarations { version } } }', {}, as(busy))).body.data.mySchool.declarations).toEqual([{ version: 30 }]);
  });
});

/**
 * The curator's daily work over plain HTTP against the whole stack (issue 16 items 7–11): save and
 * submit in one step, a review that sends back with a comment, the reviewer's diff in words, bulk
 * publishing with failures listed, archiving with a reason and a confirmation, the work list and its
 * filters, and "Bewerken" on public pages for signed-in curators only.
 */
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
    const body = new URLSearchParams({ token: await stack.token({ sub, name: sub, org: 'kennisnet', roles: ['curator'] }), next: '/redactie' });
    const response = await fetch(`${web.url}/redactie/inloggen`, { method: 'POST', body, redirect: 'manual', headers: { origin: web.url } });
    cookies[sub] = response.headers.get('set-cookie')!.split(';')[0]!;
  }
}, 60_000);
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

const post = (who: string, path: string, fields: [string, string][]) =>
  fetch(`${web.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), headers: { cookie: cookies[who]!, origin: web.url }, redirect: 'manual' });
const page = async (who: string | null, path: string) => {
  const response = await fetch(`${web.url}${path}`, { headers: who ? { cookie: cookies[who]! } : {}, redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
};
const entryStatus = async (id: string) => {
  const { body } = await stack.query<{ toolEntry: { entryStatus: string; version: number } }>(
    `{ toolEntry(id: "${id}") { entryStatus version } }`,
    {},
    { authorization: `Bearer ${await stack.token({ sub: 'probe', org: 'kennisnet', roles: ['curator'] })}` },
  );
  return body.data!.toolEntry;
};

/** A tool form's fields as a browser posts them, with "Opslaan en ter review aanbieden". */
const toolFields = (id: string): [string, string][] => [
  ['name', id.replace(/-/g, ' ')],
  ['summary.nl', 'Een tool om te testen.'],
  ['homepage', `https://${id}.example`],
  ['license.expression', 'MIT'],
  ['categories', 'notes'],
  ['developmentStatus', 'STABLE'],
  ['sources.rows', '1'],
  ['sources.0.url', `https://${id}.example/bron`],
  ['certainty', 'CONFIRMED'],
  ['then', 'submit'],
];
const newTool = (who: string, id: string, extra: [string, string][] = []) =>
  post(who, '/redactie/tool/nieuw', [...toolFields(id), ['comment', `Nieuw van ${who}.`], ...extra]);

describe('the curator at work', { timeout: 60_000 }, () => {
  it('saves and submits in one step, and shows the editor’s comment and the changes in words to the reviewer', async () => {
    const created = await newTool('alice', 'werk-notities', [['hosting', 'SAAS_NL']]);
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/redactie/tool/werk-notities?gedaan=submitted');
    expect((await entryStatus('werk-notities')).entryStatus).toBe('IN_REVIEW');

    const review = (await page('bob', '/redactie/tool/werk-notities')).html;
    expect(review).toContain('Toelichting bij de wijzigingen');
    expect(review).toContain('Nieuw van alice.');
    expect(review).toContain('Online dienst in Nederland');
    expect(review).not.toMatch(/<ins>SAAS_NL<\/ins>/);
    expect(review).toContain('Licentie › SPDX-expressie');
    expect(review).toContain('Terugsturen');
  });

  it('sends an entry back with a required comment; it is a draft for its editor again, and the API refuses an empty comment', async () => {
    const empty = await post('bob', '/redactie/tool/werk-notities/terugsturen', [
      ['comment', ' '],
      ['expectedVersion', String((await entryStatus('werk-notities')).version)],
    ]);
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Schrijf wat de redacteur moet veranderen');

    const { body } = await stack.query(
      'mutation { sendBackTool(id: "werk-notities", comment: "  ") { id } }',
      {},
      { authorization: `Bearer ${await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] })}` },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });

    const own = await post('alice', '/redactie/tool/werk-notities/terugsturen', [['comment', 'Zelf terug.']]);
    expect(own.status).toBe(403);

    const sent = await post('bob', '/redactie/tool/werk-notities/terugsturen', [['comment', 'Voeg de Engelse samenvatting toe.']]);
    expect(sent.headers.get('location')).toBe('/redactie/tool/werk-notities?gedaan=sendBack');
    expect((await entryStatus('werk-notities')).entryStatus).toBe('DRAFT');
    const editor = (await page('alice', '/redactie/tool/werk-notities')).html;
    expect(editor).toContain('Voeg de Engelse samenvatting toe.');
    expect(editor).toContain('Indienen voor review');
    expect((await page('alice', '/redactie/tool/werk-notities/geschiedenis')).html).toContain('Teruggestuurd');
  });

  it('publishes several entries in one action, each checked on its own, and lists the failures with their reason', async () => {
    expect((await post('alice', '/redactie/tool/werk-notities/indienen', [['comment', '']])).status).toBe(303);
    expect((await newTool('alice', 'werk-bord')).status).toBe(303);
    expect((await newTool('bob', 'werk-eigen')).status).toBe(303);
    const queue = (await page('bob', '/redactie')).html;
    const values = [...queue.matchAll(/name="entry" value="(tool\/werk-[a-z-]+@\d+)"/g)].map((m) => m[1]!);
    expect(values).toHaveLength(3);

    const published = await post('bob', '/redactie/publiceren', [...values.map((v): [string, string] => ['entry', v]), ['entry', 'tool/werk-bord@1']]);
    const html = await published.text();
    expect(published.status).toBe(422);
    expect(html).toContain('2 items gepubliceerd.');
    expect(html).toContain('2 items niet gepubliceerd:');
    expect(html).toMatch(/werk-eigen<\/a>: [^<]*(redacteur|Four eyes)/);
    expect((await entryStatus('werk-notities')).entryStatus).toBe('PUBLISHED');
    expect((await entryStatus('werk-bord')).entryStatus).toBe('PUBLISHED');
    expect((await entryStatus('werk-eigen')).entryStatus).toBe('IN_REVIEW');
    expect((await post('bob', '/redactie/publiceren', [])).status).toBe(422);
  });

  it('asks for a reason and a confirmation before archiving', async () => {
    const noReason = await post('alice', '/redactie/tool/werk-bord/archiveren', [['confirm', 'yes']]);
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Geef een reden voor het archiveren.');
    const unconfirmed = await post('alice', '/redactie/tool/werk-bord/archiveren', [['comment', 'Bestaat niet meer.']]);
    expect(unconfirmed.status).toBe(422);
    expect(await unconfirmed.text()).toContain('Bevestig dat u dit item wilt archiveren.');
    expect((await entryStatus('werk-bord')).entryStatus).toBe('PUBLISHED');

    const requested = await post('alice', '/redactie/tool/werk-bord/archiveren', [
      ['comment', 'Bestaat niet meer.'],
      ['confirm', 'yes'],
    ]);
    expect(requested.headers.get('location')).toBe('/redactie/tool/werk-bord?gedaan=requestArchive');
    const second = (await page('bob', '/redactie/tool/werk-bord')).html;
    expect(second).toContain('Bestaat niet meer.');
    expect((await post('bob', '/redactie/tool/werk-bord/archiveren', [['confirm', 'yes']])).headers.get('location')).toBe(
      '/redactie/tool/werk-bord?gedaan=archive',
    );
    expect((await page('alice', '/redactie/tool/werk-bord')).html).toContain('Herstellen');
  });

  it('lists and filters every entry in the work list, in pages', async () => {
    const all = (await page('alice', '/redactie/werk')).html;
    expect(all).toMatch(/\d+ items/);
    expect(all).toContain('rel="next"');

    const moodle = (await page('alice', '/redactie/werk?q=moodle&soort=tool')).html;
    expect(moodle).toContain('href="/redactie/tool/moodle"');
    expect(moodle).not.toContain('href="/redactie/tool/werk-notities"');

    const archived = (await page('alice', '/redactie/werk?status=ARCHIVED')).html;
    expect(archived).toContain('href="/redactie/tool/werk-bord"');
    expect(archived).not.toContain('href="/redactie/tool/moodle"');

    const mine = (await page('alice', '/redactie/werk?eigenaar=mine')).html;
    expect(mine).toContain('href="/redactie/tool/werk-eigen"');
    expect(mine).not.toContain('href="/redactie/tool/moodle"');

    expect((await newTool('alice', 'werk-oud', [['verifiedAt', '2024-01-15']])).status).toBe(303);
    const stale = (await page('alice', '/redactie/werk?oud=1&soort=tool')).html;
    expect(stale).toContain('href="/redactie/tool/werk-oud"');
    expect(stale).not.toContain('href="/redactie/tool/moodle"');

    const next = all.match(/href="(\/redactie\/werk\?na=[^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
    const second = (await page('alice', next!)).html;
    const firstIds = [...all.matchAll(/<th scope="row"><a href="([^"]+)"/g)].map((m) => m[1]);
    const secondIds = [...second.matchAll(/<th scope="row"><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(secondIds.length).toBeGreaterThan(0);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
  });

  it('shows "Bewerken" on public entry pages to signed-in curators only, and keeps those pages private', async () => {
    const curator = await page('alice', '/tools/moodle');
    expect(curator.html).toContain('href="/redactie/tool/moodle/bewerken"');
    expect(curator.headers.get('cache-control')).toContain('private');
    expect((await page('alice', '/standaarden/lti-1-3')).html).toContain('href="/redactie/standaard/lti-1-3/bewerken"');
    const anonymous = await page(null, '/tools/moodle');
    expect(anonymous.html).not.toContain('/bewerken');
  });

  it('edits the "vervangt" mappings inside the tool form and submits them with the tool', async () => {
    expect((await page('alice', '/redactie/tool/nieuw')).html).not.toContain('name="replaces.rows"');
    const edit = (await page('alice', '/redactie/tool/werk-notities/bewerken')).html;
    expect(edit).toContain('Vervangt (alternatief voor)');
    const version = edit.match(/name="expectedVersion" value="(\d+)"/)![1]!;
    const saved = await post('alice', '/redactie/tool/werk-notities/bewerken', [
      ...toolFields('werk-notities').filter(([name]) => name !== 'comment'),
      ['expectedVersion', version],
      ['replaces.rows', '2'],
      ['replaces.0.product', 'microsoft-teams'],
      ['replaces.0.fit', 'PARTIAL'],
      ['replaces.0.notes.nl', 'Geen videobellen.'],
    ]);
    // The tool is saved (and submitted when that made a draft); its new mapping is saved and submitted with it.
    expect(saved.headers.get('location')).toMatch(/^\/redactie\/tool\/werk-notities\?gedaan=(update|submitted)$/);
    const { body } = await stack.query(
      '{ alternativeEntry(id: "werk-notities--microsoft-teams") { entryStatus draft } }',
      {},
      { authorization: `Bearer ${await stack.token({ sub: 'probe', org: 'kennisnet', roles: ['curator'] })}` },
    );
    expect(body.data.alternativeEntry).toMatchObject({
      entryStatus: 'IN_REVIEW',
      draft: { tool: 'werk-notities', product: 'microsoft-teams', fit: 'PARTIAL' },
    });

    const form = (await page('alice', '/redactie/tool/werk-notities/bewerken')).html;
    expect(form).toMatch(/<option value="microsoft-teams" selected="">/);
    expect(form).toContain('name="replaces.version.werk-notities--microsoft-teams"');
    expect(form).toContain('Geen videobellen.');
  });

  it('says on a product page that a former alternative was archived, instead of dropping it silently', async () => {
    const before = (await page(null, '/alternatieven/microsoft-teams')).html;
    expect(before).toContain('href="/tools/rocket-chat"');
    for (const who of ['alice', 'bob']) {
      const archived = await post(who, '/redactie/tool/rocket-chat/archiveren', [
        ['comment', 'Niet meer onderhouden.'],
        ['confirm', 'yes'],
      ]);
      expect(archived.status).toBe(303);
    }
    const after = (await page(null, '/alternatieven/microsoft-teams')).html;
    expect(after).not.toContain('href="/tools/rocket-chat"');
    expect(after).toMatch(/Rocket\.Chat <span class="badge">gearchiveerd<\/span>/);
  });
});

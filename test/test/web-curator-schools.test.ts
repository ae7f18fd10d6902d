/**
 * The curator workspace for the schools subgraph over the whole stack: an offering created with the
 * form (nested data location and price, a Dutch decimal comma) and published by a second curator
 * appears on the tool page; a published advice opens for editing with its recommended tools; schools'
 * experience notes are approved or kept unpublished with a reason.
 */
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../src/stack.ts';
import { getPage, startWebOver } from '../src/web.ts';

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
const page = (who: string, path: string) => getPage(`${web.url}${path}`, { cookie: cookies[who]! });

describe('curating offerings and advice on the site', { timeout: 60_000 }, () => {
  it('creates an offering with the form, a second curator publishes it, and the tool page shows it', async () => {
    const form = await page('alice', '/redactie/aanbod/nieuw');
    expect(form.status).toBe(200);
    expect(form.html).toContain('Aanbieder');
    expect(form.html).toContain('Prijsindicatie');
    const created = await post('alice', '/redactie/aanbod/nieuw', [
      ['tool', 'moodle'],
      ['provider', 'surf'],
      ['sectors', 'MBO'],
      ['dataLocation.country', 'NL'],
      ['dataLocation.withinEu', 'true'],
      ['processorAgreement', 'YES'],
      ['signIn', 'SURFCONEXT'],
      ['price.kind', 'PER_PUPIL'],
      ['price.amount', '2,50'],
      ['price.currency', 'EUR'],
      ['price.asOf', '2026-09'],
      ['url', 'https://example.org/surf-moodle'],
      ['sources.rows', '1'],
      ['sources.0.url', 'https://example.org/surf-moodle/bron'],
      ['certainty', 'PROBABLE'],
      ['verifiedAt', '2026-11-30'],
      ['then', 'submit'],
    ]);
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/redactie/aanbod/surf-moodle?gedaan=submitted');
    const review = await page('bob', '/redactie/aanbod/surf-moodle');
    expect(review.html).toContain('Publiceren');
    const version = /name="expectedVersion" value="(\d+)"/.exec(review.html)?.[1];
    const published = await post('bob', '/redactie/aanbod/surf-moodle/publiceren', [['expectedVersion', version ?? '']]);
    expect(published.status).toBe(303);
    const tool = (await getPage(`${web.url}/tools/moodle`)).html;
    expect(tool).toContain('id="offering-surf-moodle"');
    expect(tool).toContain('Per leerling EUR 2.5 (2026-09)');
  });

  it('opens a published advice for editing with its recommended tools, read back from Advice.recommended', async () => {
    const form = await page('alice', '/redactie/advies/microsoft-teams--po/bewerken');
    expect(form.status).toBe(200);
    expect(form.html).toContain('Aanbevolen tools');
    expect(form.html).toMatch(/value="nextcloud"[^>]*checked|checked[^>]*value="nextcloud"|>[^<]*nextcloud\nnextcloud-talk/);
    expect((await page('alice', '/redactie/advies/niet..geldig')).status).toBe(404);
  });

  it('lists a school’s note for approval, keeps one unpublished only with a reason, and publishes an approved one on the tool page', async () => {
    const school = await stack.token({ sub: 'staff-3', roles: ['school'], school: '93XX', schoolName: 'Het Voorbeeldcollege (fictief)' });
    const declared = await stack.query(
      'mutation { declareToolUsage(input: { tool: "moodle", since: "2022", note: "Werkt goed voor de bovenbouw.", namedPublicly: true }) { id version } }',
      {},
      { authorization: `Bearer ${school}` },
    );
    expect(declared.body.errors).toBeUndefined();
    const { id, version } = declared.body.data.declareToolUsage;
    expect((await page('alice', '/redactie')).html).toContain('/redactie/ervaringen');
    const list = await page('alice', '/redactie/ervaringen');
    expect(list.html).toContain('Werkt goed voor de bovenbouw.');
    expect(list.html).toContain('Het Voorbeeldcollege (fictief)');
    const noReason = await post('alice', `/redactie/ervaringen/${id}/afwijzen`, [['version', String(version)]]);
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Geef een reden, de school ziet die.');
    const stale = await post('alice', `/redactie/ervaringen/${id}/goedkeuren`, [['version', String(version + 5)]]);
    expect(stale.status).toBe(409);
    expect((await getPage(`${web.url}/tools/moodle`)).html).not.toContain('Werkt goed voor de bovenbouw.');
    const approved = await post('alice', `/redactie/ervaringen/${id}/goedkeuren`, [['version', String(version)]]);
    expect(approved.status).toBe(303);
    expect(approved.headers.get('location')).toBe('/redactie/ervaringen?gedaan=approved');
    expect((await page('alice', '/redactie/ervaringen')).html).toContain('Geen ervaringen die op goedkeuring wachten.');
    const tool = (await getPage(`${web.url}/tools/moodle`)).html;
    expect(tool).toContain('Werkt goed voor de bovenbouw.');
    expect(tool).toContain('Het Voorbeeldcollege (fictief)');
  });
});

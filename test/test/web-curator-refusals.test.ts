/**
 * What the API refuses reaches a curator in their language (issue 16): every refusal kind the curator
 * pages can show, walked over plain HTTP against the whole stack, with no English API text on the Dutch
 * page. And the work list's "met open meldingen" filter, over the readers' real reports.
 */
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
const cookies: Record<string, string> = {};
const ORGS: Record<string, string> = { alice: 'kennisnet', bob: 'kennisnet', carol: 'surf' };
const signIn = async (sub: string, org: string) => {
  const body = new URLSearchParams({ token: await stack.token({ sub, name: sub, org, roles: ['curator'] }), next: '/redactie' });
  return fetch(`${web.url}/redactie/inloggen`, { method: 'POST', body, redirect: 'manual', headers: { origin: web.url } });
};
beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
  for (const [sub, org] of Object.entries(ORGS)) cookies[sub] = (await signIn(sub, org)).headers.get('set-cookie')!.split(';')[0]!;
}, 60_000);
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

const post = async (who: string, path: string, fields: [string, string][]) => {
  const response = await fetch(`${web.url}${path}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { cookie: cookies[who]!, origin: web.url },
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), html: await response.text() };
};
const page = async (who: string, path: string) => (await fetch(`${web.url}${path}`, { headers: { cookie: cookies[who]! } })).text();
const version = async (who: string, path: string) => (await page(who, path)).match(/name="expectedVersion" value="(\d+)"/)![1]!;

/** The API's English refusals (kit's curation policy and engine): none may reach a Dutch page. */
const ENGLISH =
  /Four eyes|Only curators|Only an? |is at version|already exists|there is no published|is in review for|not in the catalogue|is archived;|waiting to be archived|Unexpected error/;

const toolFields = (id: string, extra: [string, string][] = []): [string, string][] => [
  ['name', id.replace(/-/g, ' ')],
  ['summary.nl', 'Een tool om weigeringen te testen.'],
  ['homepage', `https://${id}.example`],
  ['license.expression', 'MIT'],
  ['categories', 'notes'],
  ['developmentStatus', 'STABLE'],
  ['sources.rows', '1'],
  ['sources.0.url', `https://${id}.example/bron`],
  ['certainty', 'CONFIRMED'],
  ...extra,
];

describe('API refusals on Dutch curator pages', { timeout: 60_000 }, () => {
  it('words every refusal kind in Dutch, with no English API text', async () => {
    const seen: { kind: string; status: number; html: string }[] = [];
    const expectRefusal = (kind: string, status: number, answer: { status: number; html: string }, dutch: RegExp) => {
      seen.push({ kind, ...answer });
      expect(answer.status, kind).toBe(status);
      expect(answer.html, kind).toMatch(dutch);
      expect(answer.html, kind).not.toMatch(ENGLISH);
    };

    expect((await post('alice', '/redactie/tool/nieuw', [...toolFields('weiger-een'), ['then', 'submit']])).location).toBe(
      '/redactie/tool/weiger-een?gedaan=submitted',
    );
    const v = await version('bob', '/redactie/tool/weiger-een');
    // Four eyes, on the entry page and in the bulk review's failure list.
    expectRefusal('FOUR_EYES', 403, await post('alice', '/redactie/tool/weiger-een/publiceren', [['expectedVersion', v]]), /Vier ogen: een redacteur/);
    expectRefusal(
      'FOUR_EYES (send back)',
      403,
      await post('alice', '/redactie/tool/weiger-een/terugsturen', [
        ['expectedVersion', v],
        ['comment', 'Beter.'],
      ]),
      /Vier ogen/,
    );
    expectRefusal('FOUR_EYES (bulk)', 422, await post('alice', '/redactie/publiceren', [['entry', `tool/weiger-een@${v}`]]), /Vier ogen: een redacteur/);
    // Another organisation's entry in review, and a version the reviewer was not shown.
    expectRefusal(
      'IN_REVIEW_ELSEWHERE',
      422,
      await post('carol', '/redactie/tool/weiger-een/bewerken', [...toolFields('weiger-een'), ['expectedVersion', v]]),
      /review bij een andere organisatie/,
    );
    expectRefusal(
      'STALE_VERSION',
      409,
      await post('bob', '/redactie/tool/weiger-een/publiceren', [['expectedVersion', String(Number(v) - 1)]]),
      /Iemand anders heeft dit item intussen gewijzigd/,
    );
    expect((await post('bob', '/redactie/tool/weiger-een/publiceren', [['expectedVersion', v]])).location).toBe('/redactie/tool/weiger-een?gedaan=publish');
    // Workflow order: publishing what is no longer in review.
    expectRefusal('WRONG_STATUS', 409, await post('bob', '/redactie/tool/weiger-een/publiceren', []), /de status ‘Gepubliceerd’/);
    // Ownership: a curator of SURF asks to archive Kennisnet's entry.
    expectRefusal(
      'NOT_OWNER',
      403,
      await post('carol', '/redactie/tool/weiger-een/archiveren', [
        ['comment', 'Weg ermee.'],
        ['confirm', 'yes'],
      ]),
      /Alleen redacteuren van kennisnet/,
    );
    // Four eyes on archiving.
    expect(
      (
        await post('alice', '/redactie/tool/weiger-een/archiveren', [
          ['comment', 'Verouderd.'],
          ['confirm', 'yes'],
        ])
      ).status,
    ).toBe(303);
    expectRefusal(
      'FOUR_EYES_ARCHIVE',
      403,
      await post('alice', '/redactie/tool/weiger-een/archiveren', [['confirm', 'yes']]),
      /Vier ogen: een andere redacteur/,
    );
    // The create form: an id taken, a reference to nothing; signing in for an organisation the catalogue does not know.
    expectRefusal('ALREADY_EXISTS', 409, await post('alice', '/redactie/tool/nieuw', toolFields('moodle')), /Er bestaat al een item met deze id/);
    expectRefusal(
      'NO_REFERENCE',
      422,
      await post('alice', '/redactie/tool/nieuw', toolFields('weiger-twee', [['standards', 'geen-standaard']])),
      /Er is geen gepubliceerd item ‘geen-standaard’/,
    );
    const stranger = await signIn('dirk', 'onbekend-genootschap');
    expectRefusal('UNKNOWN_ORGANISATION', 403, { status: stranger.status, html: await stranger.text() }, /Uw organisatie staat niet in de catalogus/);
    expect(seen.map((s) => s.kind)).toHaveLength(11);
  });

  it('keeps the English API wording on English pages', async () => {
    const answer = await post('alice', '/en/redactie/tool/nieuw', toolFields('moodle'));
    expect(answer.html).toContain('An entry with this id already exists.');
  });
});

describe('the work list and open reports', { timeout: 60_000 }, () => {
  it('filters entries with open reports and shows the count per entry', async () => {
    for (const message of ['De homepage klopt niet meer.', 'De licentie is veranderd, zie de site.']) {
      const { body } = await stack.query('mutation($input: ProblemReportInput!) { reportToolProblem(id: "kiwix", input: $input) { entityId } }', {
        input: { message },
      });
      expect(body.errors).toBeUndefined();
    }
    const reported = await page('alice', '/redactie/werk?meldingen=1');
    expect(reported).toContain('href="/redactie/tool/kiwix"');
    expect(reported).not.toContain('href="/redactie/tool/moodle"');
    expect(reported).toMatch(/<td><a href="\/redactie#reports">2 meldingen<\/a><\/td>/);
    expect(reported).toMatch(/<input type="checkbox" id="work-reported" name="meldingen" value="1" checked=""/);
    const all = await page('alice', '/redactie/werk?q=moodle');
    expect(all).toContain('href="/redactie/tool/moodle"');
    expect(all).toContain('Met open meldingen');
  });
});

/** What the public sees of usage: notes only after a curator approves, schools that did not opt in counted but never named, the hourly limit. */
import type { Identity } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStores } from '../src/context.ts';
import { definition } from '../src/definition.ts';
import { parseInput, usageInput } from '../src/store/usage-input.ts';
import { curatorAlice, PROEFPOLDER, schoolStaff, VERZONNEN } from './fixtures.ts';

const peers = { existing: async (_s: string, _t: string, ids: readonly string[]) => new Set(ids) };
const proef = schoolStaff(PROEFPOLDER);
const verzonnen = schoolStaff(VERZONNEN);
let db: ReturnType<typeof definition.open>;
let server: ReturnType<typeof definition.createServer>;
const run = (query: string, variables: Record<string, unknown> = {}, identity: Identity | null = null) => execute(server, query, variables, identity);
const declare = (identity: Identity, input: Record<string, unknown>) =>
  run('mutation($input: ToolUsageInput!) { declareToolUsage(input: $input) { id version } }', { input: { since: '2022', ...input } }, identity);
const PUBLIC = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Tool { usage { schools bySector { sector count } byProvince { province count }
  namedSchools { name municipality sectors contactable since } notes { text school { name municipality } approvedAt } } } } }`;
const usageOf = async (tool: string) => (await run(PUBLIC, { r: [{ __typename: 'Tool', id: tool }] })).data._entities[0].usage;
const review = (verb: 'approve' | 'reject', declaration: string, version: number) =>
  run(
    verb === 'approve'
      ? 'mutation($d: ID!, $v: Int!) { approveUsageNote(declaration: $d, version: $v) { noteStatus } }'
      : 'mutation($d: ID!, $v: Int!) { rejectUsageNote(declaration: $d, version: $v, reason: "Reclame.") { noteStatus } }',
    { d: declaration, v: version },
    curatorAlice,
  );

beforeEach(async () => {
  db = definition.open(':memory:');
  server = definition.createServer({ db, peers });
  for (const [{ id: _id, ...p }, who] of [
    [PROEFPOLDER, proef],
    [VERZONNEN, verzonnen],
  ] as const)
    await run('mutation($input: SchoolProfileInput!) { updateMySchool(input: $input) { id } }', { input: p }, who);
});

describe('public usage', () => {
  it('counts a school that did not opt in but never names it, nor shows its note, even approved', async () => {
    const hidden = await declare(proef, { tool: 'moodle', note: 'Geheim oordeel.', namedPublicly: false, contactable: true });
    await declare(verzonnen, { tool: 'moodle', note: 'Open oordeel.', namedPublicly: true, contactable: true });
    const { id, version } = hidden.data.declareToolUsage;
    expect((await review('approve', id, version)).errors).toBeUndefined();
    const queue = await run('{ pendingUsageNotes { note school { name } } }', {}, curatorAlice);
    expect(queue.data.pendingUsageNotes).toEqual([{ note: 'Open oordeel.', school: { name: VERZONNEN.name } }]);
    const usage = await usageOf('moodle');
    expect(usage.schools).toBe(2);
    expect(usage.bySector).toEqual([
      { sector: 'PO', count: 1 },
      { sector: 'VO', count: 1 },
    ]);
    expect(usage.namedSchools).toEqual([{ name: VERZONNEN.name, municipality: 'Nergenshuizen', sectors: ['VO'], contactable: true, since: '2022' }]);
    const text = JSON.stringify(usage);
    for (const secret of [PROEFPOLDER.name, PROEFPOLDER.municipality, PROEFPOLDER.id, 'Geheim oordeel.']) expect(text).not.toContain(secret);
  });

  it('publishes a note only once a curator approved the version the school wrote; a changed note waits again', async () => {
    const { id } = (await declare(verzonnen, { tool: 'nextcloud', note: 'Eerste versie.', namedPublicly: true })).data.declareToolUsage;
    expect((await usageOf('nextcloud')).notes).toEqual([]);
    await run(
      'mutation($input: ToolUsageInput!) { updateToolUsage(input: $input) { version } }',
      { input: { tool: 'nextcloud', since: '2022', note: 'Tweede versie.', namedPublicly: true } },
      verzonnen,
    );
    expect((await review('approve', id, 1)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await review('approve', id, 2)).data.approveUsageNote).toEqual({ noteStatus: 'APPROVED' });
    expect((await usageOf('nextcloud')).notes).toMatchObject([{ text: 'Tweede versie.', school: { name: VERZONNEN.name, municipality: 'Nergenshuizen' } }]);
    await run(
      'mutation($input: ToolUsageInput!) { updateToolUsage(input: $input) { version } }',
      { input: { tool: 'nextcloud', since: '2022', note: 'Derde versie.', namedPublicly: true } },
      verzonnen,
    );
    expect((await usageOf('nextcloud')).notes).toEqual([]);
    expect((await review('reject', id, 3)).data.rejectUsageNote).toEqual({ noteStatus: 'REJECTED' });
    expect((await usageOf('nextcloud')).notes).toEqual([]);
    const mine = await run('{ mySchool { declarations { noteStatus noteRejection } } }', {}, verzonnen);
    expect(mine.data.mySchool.declarations).toEqual([{ noteStatus: 'REJECTED', noteRejection: 'Reclame.' }]);
  });

  it('a school that opts out later disappears from the names and notes at once', async () => {
    const { id, version } = (await declare(verzonnen, { tool: 'jitsi-meet', note: 'Fijn.', namedPublicly: true })).data.declareToolUsage;
    await review('approve', id, version);
    expect((await usageOf('jitsi-meet')).namedSchools).toHaveLength(1);
    await run(
      'mutation($input: ToolUsageInput!) { updateToolUsage(input: $input) { version } }',
      { input: { tool: 'jitsi-meet', since: '2022', note: 'Fijn.' } },
      verzonnen,
    );
    expect(await usageOf('jitsi-meet')).toMatchObject({ schools: 1, namedSchools: [], notes: [] });
  });
});

describe('the hourly limit', () => {
  it('refuses the change after the limit with RATE_LIMITED and a retry time, per school, and allows it again an hour later', () => {
    let clock = Date.parse('2026-03-02T09:00:00Z');
    // A database of its own: the profiles set in beforeEach would count too.
    const stores = createStores(definition.open(':memory:'), peers, { perHour: 3, now: () => new Date(clock) });
    const me = { school: PROEFPOLDER.id, sub: 'staff-1' };
    const input = (tool: string) => parseInput(usageInput, { tool, since: '2022' });
    stores.usage.declare(me, input('a'));
    clock += 60_000;
    stores.usage.update(me, input('a'));
    stores.usage.withdraw(me, 'a');
    let refused: unknown;
    try {
      stores.usage.declare(me, input('b'));
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', extensions: { retryAfter: 3540 } });
    expect(stores.usage.ofSchool(PROEFPOLDER.id)).toEqual([]);
    stores.usage.declare({ school: VERZONNEN.id, sub: 'staff-2' }, input('b'));
    clock += 3_540_000;
    expect(stores.usage.declare(me, input('b')).toolId).toBe('b');
  });

  it('counts a school’s own profile changes too (each one tells the feed about every tool it declared)', () => {
    const stores = createStores(definition.open(':memory:'), peers, { perHour: 2 });
    const profile = { name: 'De Proefpolder (fictief)', sectors: ['PO'] as ('PO' | 'VO')[], municipality: null, province: null };
    stores.school.saveProfile(PROEFPOLDER.id, 'staff-1', profile, { limited: true });
    stores.school.saveProfile(PROEFPOLDER.id, 'staff-1', profile, { limited: true });
    expect(() => stores.school.saveProfile(PROEFPOLDER.id, 'staff-1', profile, { limited: true })).toThrow(/at most 2 times per hour/);
    // An admin's correction is not the school's own traffic.
    expect(stores.school.saveProfile(PROEFPOLDER.id, 'anna', profile, { limited: false }).name).toBe('De Proefpolder (fictief)');
  });
});

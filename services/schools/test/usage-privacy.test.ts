/**
 * What the public sees of usage, on both stores: notes only after a curator approves, schools that did not opt
 * in counted but never named (also by another replica), the hourly limit.
 */
import type { Identity } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOutbox } from '@edu-catalogus/kit/curation';
import { createStores } from '../src/context.ts';
import type { SchoolsStoreDb } from '../src/store/dialect.ts';
import { definition } from '../src/definition.ts';
import { bothStores, type Server, serve, type Stores } from './both-stores.ts';
import { parseInput, usageInput } from '../src/store/usage-input.ts';
import { curatorAlice, PROEFPOLDER, schoolStaff, VERZONNEN } from './fixtures.ts';

const peers = { existing: async (_s: string, _t: string, ids: readonly string[]) => new Set(ids) };
const proef = schoolStaff(PROEFPOLDER);
const verzonnen = schoolStaff(VERZONNEN);
let stores: Stores;
let server: Server;
let replica: Server;
const run = (query: string, variables: Record<string, unknown> = {}, identity: Identity | null = null) => execute(server, query, variables, identity);
const declare = (identity: Identity, input: Record<string, unknown>) =>
  run('mutation($input: ToolUsageInput!) { declareToolUsage(input: $input) { id version } }', { input: { since: '2022', ...input } }, identity);
const PUBLIC = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Tool { usage { schools bySector { sector count } byProvince { province count }
  namedSchools { name municipality sectors contactable since } notes { text school { name municipality } approvedAt } } } } }`;
const usageOf = async (tool: string) => (await execute(replica, PUBLIC, { r: [{ __typename: 'Tool', id: tool }] })).data._entities[0].usage;
const usageOfOn = async (db: SchoolsStoreDb, tool: string) =>
  (await execute(definition.createServer({ db: db as never, peers }), PUBLIC, { r: [{ __typename: 'Tool', id: tool }] })).data._entities[0].usage;
const review = (verb: 'approve' | 'reject', declaration: string, version: number) =>
  run(
    verb === 'approve'
      ? 'mutation($d: ID!, $v: Int!) { approveUsageNote(declaration: $d, version: $v) { noteStatus } }'
      : 'mutation($d: ID!, $v: Int!) { rejectUsageNote(declaration: $d, version: $v, reason: "Reclame.") { noteStatus } }',
    { d: declaration, v: version },
    curatorAlice,
  );

const kinds = bothStores();

describe.each(kinds)('on %s', (_name, open) => {
  beforeEach(async () => {
    stores = await open();
    ({ server, replica } = serve(stores, peers));
    for (const [{ id: _id, ...p }, who] of [
      [PROEFPOLDER, proef],
      [VERZONNEN, verzonnen],
    ] as const)
      await run('mutation($input: SchoolProfileInput!) { updateMySchool(input: $input) { id } }', { input: p }, who);
  }, 60_000);
  afterEach(() => stores?.close());

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
    // The profiles beforeEach set count at the real time; these run on a clock two hours later, past that hour.
    it('refuses the change after the limit with RATE_LIMITED and a retry time, per school, and allows it again an hour later', async () => {
      let clock = Date.now() + 7_200_000;
      const limited = createStores(stores.db, peers, { perHour: 3, now: () => new Date(clock) });
      const me = { school: PROEFPOLDER.id, sub: 'staff-1' };
      const input = (tool: string) => parseInput(usageInput, { tool, since: '2022' });
      await limited.usage.declare(me, input('a'));
      clock += 60_000;
      await limited.usage.update(me, input('a'));
      await limited.usage.withdraw(me, 'a');
      await expect(limited.usage.declare(me, input('b'))).rejects.toMatchObject({ code: 'RATE_LIMITED', extensions: { retryAfter: 3540 } });
      expect(await limited.usage.ofSchool(PROEFPOLDER.id)).toEqual([]);
      await limited.usage.declare({ school: VERZONNEN.id, sub: 'staff-2' }, input('b'));
      clock += 3_540_000;
      expect((await limited.usage.declare(me, input('b'))).toolId).toBe('b');
    });

    it('counts a school’s own profile changes too (each one tells the feed about every tool it declared)', async () => {
      const clock = Date.now() + 7_200_000;
      const limited = createStores(stores.db, peers, { perHour: 2, now: () => new Date(clock) });
      const profile = { name: 'De Proefpolder (fictief)', sectors: ['PO'] as ('PO' | 'VO')[], municipality: null, province: null };
      await limited.school.saveProfile(PROEFPOLDER.id, 'staff-1', profile, { limited: true });
      await limited.school.saveProfile(PROEFPOLDER.id, 'staff-1', profile, { limited: true });
      await expect(limited.school.saveProfile(PROEFPOLDER.id, 'staff-1', profile, { limited: true })).rejects.toThrow(/at most 2 times per hour/);
      // An admin's correction is not the school's own traffic.
      expect((await limited.school.saveProfile(PROEFPOLDER.id, 'anna', profile, { limited: false })).name).toBe('De Proefpolder (fictief)');
    });
  });
});

describe('two replicas writing at once on one PostgreSQL', () => {
  const openPostgres = () => kinds[1]![1]();
  const input = (tool: string) => parseInput(usageInput, { tool, since: '2022' });

  it('keep a school’s hourly limit exact', async () => {
    const both = await openPostgres();
    try {
      const [a, b] = [both.db, both.replica].map((db) => createStores(db, peers, { perHour: 3 }));
      const me = { school: PROEFPOLDER.id, sub: 'staff-1' };
      const results = await Promise.allSettled(['t1', 't2', 't3', 't4', 't5', 't6'].map((tool, i) => (i % 2 ? a! : b!).usage.declare(me, input(tool))));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'RATE_LIMITED' });
      expect(await b!.usage.ofSchool(PROEFPOLDER.id)).toHaveLength(3);
    } finally {
      await both.close();
    }
  });

  it('number a tool’s usage events one by one when many schools declare it', async () => {
    const both = await openPostgres();
    try {
      const [a, b] = [both.db, both.replica].map((db) => createStores(db, peers));
      const schools = ['99XA', '99XB', '99XC', '99XD', '99XE', '99XF'];
      await Promise.all(schools.map((school, i) => (i % 2 ? a! : b!).usage.declare({ school, sub: `staff-${school}` }, input('moodle'))));
      const { events } = await readOutbox(both.replica, 0, 100);
      expect(events.filter((e) => e.entityId === 'moodle').map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(await usageOfOn(both.replica, 'moodle')).toMatchObject({ schools: 6, namedSchools: [] });
    } finally {
      await both.close();
    }
  });
});

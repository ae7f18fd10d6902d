/**
 * Usage declarations in-process, on both stores: the school is the token's, one declaration per tool, notes
 * after review, aggregates that never name a school that did not opt in. The aggregates are read through a
 * second handle on the store, as another replica would serve them.
 */
import type { Identity } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bothStores, type Server, serve, type Stores } from './both-stores.ts';
import { adminAnna, curatorAlice, PROEFPOLDER, schoolStaff, VERZONNEN } from './fixtures.ts';

const tools = new Set(['nextcloud', 'moodle', 'jitsi-meet']);
const peers = { existing: async (_s: string, _t: string, ids: readonly string[]) => new Set(ids.filter((id) => tools.has(id))) };
const proef = schoolStaff(PROEFPOLDER);
const verzonnen = schoolStaff(VERZONNEN);
let stores: Stores;
let server: Server;
let replica: Server;
const run = (query: string, variables: Record<string, unknown>, identity: Identity | null = null) => execute(server, query, variables, identity);

const DECLARE = 'mutation($input: ToolUsageInput!) { declareToolUsage(input: $input) { id version tool { id } since note noteStatus namedPublicly } }';
const UPDATE = 'mutation($input: ToolUsageInput!) { updateToolUsage(input: $input) { id version note noteStatus } }';
const WITHDRAW = 'mutation($tool: ID!) { withdrawToolUsage(tool: $tool) }';
const PROFILE = 'mutation($input: SchoolProfileInput!) { updateMySchool(input: $input) { id name sectors province } }';
const USAGE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Tool { usage { schools bySector { sector count } byProvince { province count }
  namedSchools { name municipality sectors contactable since } notes { text school { name } approvedAt } } } } }`;
const usageOf = async (tool: string) => {
  const { data, errors } = await execute(replica, USAGE, { r: [{ __typename: 'Tool', id: tool }] });
  expect(errors).toBeUndefined();
  return data._entities[0].usage;
};
const declare = (identity: Identity, input: Record<string, unknown>) => run(DECLARE, { input: { since: '2024-09', ...input } }, identity);
const profile = ({ id: _id, ...p }: typeof PROEFPOLDER, identity: Identity) => run(PROFILE, { input: p }, identity);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe.each(bothStores())('on %s', (_name, open) => {
  beforeEach(async () => {
    stores = await open();
    ({ server, replica } = serve(stores, peers));
    expect((await profile(PROEFPOLDER, proef)).errors).toBeUndefined();
    expect((await profile(VERZONNEN, verzonnen)).errors).toBeUndefined();
  }, 60_000);
  afterEach(() => stores?.close());

  describe('usage declarations', () => {
    it('declares for the token’s school, lists it under mySchool, counts it at once and refuses a second declaration of the tool', async () => {
      const first = await declare(proef, { tool: 'nextcloud', purpose: 'bestanden delen', namedPublicly: true });
      expect(first.errors).toBeUndefined();
      expect(first.data.declareToolUsage).toMatchObject({ version: 1, tool: { id: 'nextcloud' }, since: '2024-09', note: null, noteStatus: null });
      const mine = await run('{ mySchool { id name declarations { tool { id } purpose } } }', {}, proef);
      expect(mine.data.mySchool).toEqual({ id: '99XA', name: PROEFPOLDER.name, declarations: [{ tool: { id: 'nextcloud' }, purpose: 'bestanden delen' }] });
      expect(await usageOf('nextcloud')).toMatchObject({ schools: 1, bySector: [{ sector: 'PO', count: 1 }], byProvince: [{ province: 'ZEELAND', count: 1 }] });
      const again = await declare(proef, { tool: 'nextcloud' });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toContain('updateToolUsage');
    });

    it('stores a school first seen on its token with the federation’s name and no profile yet', async () => {
      const fresh = schoolStaff({ id: '99XC', name: 'Kindcentrum Nergens (fictief)' });
      expect((await declare(fresh, { tool: 'moodle' })).errors).toBeUndefined();
      const mine = await run('{ mySchool { id name sectors municipality province } }', {}, fresh);
      expect(mine.data.mySchool).toEqual({ id: '99XC', name: 'Kindcentrum Nergens (fictief)', sectors: [], municipality: null, province: null });
      expect(await usageOf('moodle')).toMatchObject({ schools: 1, bySector: [], byProvince: [] });
    });

    it('updates and withdraws; withdrawing removes the school from every aggregate and tells the change feed', async () => {
      await declare(proef, { tool: 'moodle', namedPublicly: true });
      await declare(verzonnen, { tool: 'moodle' });
      const updated = await run(UPDATE, { input: { tool: 'moodle', since: '2023', note: 'Werkt goed.', namedPublicly: true } }, proef);
      expect(updated.data.updateToolUsage).toMatchObject({ version: 2, note: 'Werkt goed.', noteStatus: 'PENDING' });
      expect((await usageOf('moodle')).schools).toBe(2);
      expect((await run(WITHDRAW, { tool: 'moodle' }, proef)).data).toEqual({ withdrawToolUsage: 'moodle' });
      const after = await usageOf('moodle');
      expect(after).toEqual({
        schools: 1,
        bySector: [{ sector: 'VO', count: 1 }],
        byProvince: [{ province: 'UTRECHT', count: 1 }],
        namedSchools: [],
        notes: [],
      });
      const outbox = await run('{ _outbox(after: 0) }', {});
      const events = outbox.data._outbox.events.filter((e: { entityType: string }) => e.entityType === 'ToolUsage');
      expect(events.map((e: { entityId: string; version: number }) => [e.entityId, e.version]).slice(-1)).toEqual([['moodle', 4]]);
      expect(codeOf(await run(WITHDRAW, { tool: 'moodle' }, proef))).toBe('NOT_FOUND');
    });

    it('refuses input that is wrong, naming the field', async () => {
      const future = await declare(proef, { tool: 'nextcloud', since: '2999-01' });
      expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.since' } });
      const unknownTool = await declare(proef, { tool: 'no-such-tool' });
      expect(unknownTool.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.tool' } });
      const long = await declare(proef, { tool: 'nextcloud', note: 'x'.repeat(1001) });
      expect(long.errors?.[0]?.extensions?.field).toBe('input.note');
    });

    it('has no school argument: a school id in the input is refused and nothing is stored for that school', async () => {
      const smuggled = await run(DECLARE, { input: { tool: 'nextcloud', since: '2024', school: VERZONNEN.id } }, proef);
      expect(smuggled.errors?.[0]?.message).toMatch(/school/);
      expect(codeOf(smuggled)).toBe('BAD_USER_INPUT');
      const other = await run('{ mySchool { declarations { id } } }', {}, verzonnen);
      expect(other.data.mySchool.declarations).toEqual([]);
    });
  });

  describe('who may do what', () => {
    it('one school cannot change or withdraw another’s declaration, even naming the same tool', async () => {
      await declare(proef, { tool: 'jitsi-meet', purpose: 'ouderavonden' });
      expect(codeOf(await run(UPDATE, { input: { tool: 'jitsi-meet', since: '2020', purpose: 'gekaapt' } }, verzonnen))).toBe('NOT_FOUND');
      expect(codeOf(await run(WITHDRAW, { tool: 'jitsi-meet' }, verzonnen))).toBe('NOT_FOUND');
      const mine = await run('{ mySchool { declarations { purpose since } } }', {}, proef);
      expect(mine.data.mySchool.declarations).toEqual([{ purpose: 'ouderavonden', since: '2024-09' }]);
      expect((await usageOf('jitsi-meet')).schools).toBe(1);
    });

    it('a curator or admin cannot declare for a school, a school without an institution claim neither, and anonymous readers are asked to sign in', async () => {
      expect(codeOf(await declare(curatorAlice, { tool: 'nextcloud' }))).toBe('FORBIDDEN');
      expect(codeOf(await declare(adminAnna, { tool: 'nextcloud' }))).toBe('FORBIDDEN');
      expect(codeOf(await declare({ sub: 'x', org: null, roles: ['school'] }, { tool: 'nextcloud' }))).toBe('FORBIDDEN');
      expect(codeOf(await run('{ mySchool { id } }', {}, null))).toBe('UNAUTHENTICATED');
      expect((await usageOf('nextcloud')).schools).toBe(0);
    });

    it('a school token cannot curate: no note reviews, no offerings, no schools of others', async () => {
      await declare(proef, { tool: 'nextcloud', note: 'Prima.' });
      const id = (await run('{ mySchool { declarations { id } } }', {}, proef)).data.mySchool.declarations[0].id;
      expect(codeOf(await run('mutation($d: ID!) { approveUsageNote(declaration: $d, version: 1) { noteStatus } }', { d: id }, proef))).toBe('FORBIDDEN');
      expect(codeOf(await run('{ pendingUsageNotes { note } }', {}, proef))).toBe('FORBIDDEN');
      expect(codeOf(await run('mutation { createOffering(input: { tool: "nextcloud", provider: "surf" }) { id } }', {}, proef))).toBe('FORBIDDEN');
      expect(codeOf(await run('{ school(id: "99XB") { name } }', {}, proef))).toBe('FORBIDDEN');
      expect((await run('{ school(id: "99XB") { name } }', {}, adminAnna)).data.school).toEqual({ name: VERZONNEN.name });
    });

    it('a curator who is also staff of a school cannot review that school’s note', async () => {
      const { id, version } = (await declare(proef, { tool: 'moodle', note: 'Eigen lof.', namedPublicly: true })).data.declareToolUsage;
      const both: Identity = { ...proef, sub: 'carla', org: 'kennisnet', roles: ['curator', 'school'] };
      const own = await run('mutation($d: ID!, $v: Int!) { approveUsageNote(declaration: $d, version: $v) { noteStatus } }', { d: id, v: version }, both);
      expect(codeOf(own)).toBe('FORBIDDEN');
      const other = await run(
        'mutation($d: ID!, $v: Int!) { approveUsageNote(declaration: $d, version: $v) { noteStatus } }',
        { d: id, v: version },
        curatorAlice,
      );
      expect(other.data.approveUsageNote).toEqual({ noteStatus: 'APPROVED' });
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { storeSql } from '../src/store-sql.ts';

let stack: Stack;
let alice: string; // kennisnet curator
let bob: string; // kennisnet curator
let carol: string; // surf curator
beforeAll(async () => {
  stack = await startStack();
  alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'], name: 'Alice' });
  bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'], name: 'Bob' });
  carol = await stack.token({ sub: 'carol', org: 'surf', roles: ['curator'] });
});
afterAll(() => stack.stop());

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const ENTRY = 'id entryStatus version owner { id } lastEditor { sub organisation { id } } draft pendingChanges { field old new } canPublish';

const baseInput = {
  name: 'Kalzium',
  summary: {
    nl: 'Periodiek systeem met eigenschappen van elementen voor scheikunde in de klas.',
    en: 'Periodic table with element properties for chemistry lessons.',
  },
  homepage: 'https://apps.kde.org/kalzium/',
  repository: 'https://invent.kde.org/education/kalzium',
  license: { expression: 'GPL-2.0-or-later' },
  categories: ['educational-content'],
  platforms: ['WINDOWS', 'LINUX', 'ANDROID'],
  sectors: ['PO', 'VO'],
  developmentStatus: 'STABLE',
  standards: ['odf'],
  sources: [{ url: 'https://invent.kde.org/education/kalzium' }],
  certainty: 'PROBABLE',
};

describe('curation through the gateway', () => {
  it('creates, submits and (with a second curator) publishes a tool that then appears in anonymous search', async () => {
    const created = await stack.query(`mutation($input: ToolInput!) { createTool(input: $input) { ${ENTRY} } }`, { input: baseInput }, as(alice));
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createTool).toMatchObject({
      id: 'kalzium',
      entryStatus: 'DRAFT',
      version: 1,
      owner: { id: 'kennisnet' },
      lastEditor: { sub: 'alice' },
    });

    const hidden = await stack.query(`{ tool(id: "kalzium") { id } tools(search: "kalzium") { totalCount } }`);
    expect(hidden.body.data).toEqual({ tool: null, tools: { totalCount: 0 } });

    const submitted = await stack.query(`mutation { submitTool(id: "kalzium") { entryStatus version canPublish } }`, {}, as(alice));
    expect(submitted.body.data.submitTool).toEqual({ entryStatus: 'IN_REVIEW', version: 2, canPublish: false });

    const selfPublish = await stack.query(`mutation { publishTool(id: "kalzium") { entryStatus } }`, {}, as(alice));
    expect(selfPublish.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(selfPublish.body.errors?.[0]?.message).toContain('Four eyes');

    const otherOrg = await stack.query(`mutation { publishTool(id: "kalzium") { entryStatus } }`, {}, as(carol));
    expect(otherOrg.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const queue = await stack.query(`{ toolEntries(status: [IN_REVIEW]) { id canPublish } }`, {}, as(bob));
    expect(queue.body.data.toolEntries).toContainEqual({ id: 'kalzium', canPublish: true });

    const published = await stack.query(
      `mutation { publishTool(id: "kalzium", comment: "checked the licence") { entryStatus version published { name license { expression } } } }`,
      {},
      as(bob),
    );
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data.publishTool).toEqual({
      entryStatus: 'PUBLISHED',
      version: 3,
      published: { name: 'Kalzium', license: { expression: 'GPL-2.0-or-later' } },
    });

    const visible = await stack.query(
      `{ tool(id: "kalzium") { name standards { id implementedBy { id } } } tools(first: 100, filter: { category: ["educational-content"] }) { edges { node { id } } } }`,
    );
    expect(visible.body.errors).toBeUndefined();
    expect(visible.body.data.tool.standards[0].implementedBy.map((t: { id: string }) => t.id)).toContain('kalzium');
    expect(visible.body.data.tools.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('kalzium');

    const history = await stack.query(
      `{ toolEntry(id: "kalzium") { history { version action actor { sub organisation { id } } comment changes { field } } } }`,
      {},
      as(alice),
    );
    const revisions = history.body.data.toolEntry.history;
    expect(revisions.map((r: { action: string }) => r.action)).toEqual(['CREATE', 'SUBMIT', 'PUBLISH']);
    expect(revisions.map((r: { version: number }) => r.version)).toEqual([1, 2, 3]);
    expect(revisions[2]).toMatchObject({ actor: { sub: 'bob', organisation: { id: 'kennisnet' } }, comment: 'checked the licence' });
    expect(revisions[0].changes.map((c: { field: string }) => c.field)).toContain('license.expression');
  });

  it('keeps the published version visible while an edit waits for review', async () => {
    const entry = await stack.query(`{ toolEntry(id: "kalzium") { version } }`, {}, as(alice));
    const version = entry.body.data.toolEntry.version;
    const edited = await stack.query(
      `mutation($input: ToolInput!, $v: Int!) { updateTool(id: "kalzium", expectedVersion: $v, input: $input) { ${ENTRY} } }`,
      { input: { ...baseInput, name: 'Kalzium Desktop' }, v: version },
      as(alice),
    );
    expect(edited.body.data.updateTool).toMatchObject({ entryStatus: 'DRAFT', version: version + 1 });
    expect(edited.body.data.updateTool.pendingChanges).toEqual([{ field: 'name', old: 'Kalzium', new: 'Kalzium Desktop' }]);
    const anonymous = await stack.query(`{ tool(id: "kalzium") { name } }`);
    expect(anonymous.body.data.tool.name).toBe('Kalzium');
  });

  it('refuses a stale expectedVersion with CONFLICT and the current version', async () => {
    const stale = await stack.query(
      `mutation($input: ToolInput!) { updateTool(id: "kalzium", expectedVersion: 1, input: $input) { version } }`,
      { input: baseInput },
      as(alice),
    );
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 4 });
  });

  it('refuses a standard that does not exist by asking the standards subgraph, and changes nothing', async () => {
    const before = await stack.query(`{ toolEntry(id: "kalzium") { version history { version } } }`, {}, as(alice));
    const refused = await stack.query(
      `mutation($input: ToolInput!) { updateTool(id: "kalzium", expectedVersion: 4, input: $input) { version } }`,
      { input: { ...baseInput, standards: ['odf', 'no-such-standard'] } },
      as(alice),
    );
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.standards' } });
    expect(refused.body.errors?.[0]?.message).toContain('no-such-standard');
    const after = await stack.query(`{ toolEntry(id: "kalzium") { version history { version } } }`, {}, as(alice));
    expect(after.body.data).toEqual(before.body.data);
  });

  it('names the input path of a licence that is not SPDX', async () => {
    const refused = await stack.query(
      `mutation($input: ToolInput!) { createTool(input: $input) { id } }`,
      { input: { ...baseInput, name: 'Broken', license: { expression: 'GPL 3 or so' } } },
      as(alice),
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.license.expression' });
  });

  it('lets exactly one of 50 concurrent updates with the same expected version win, with one new revision', async () => {
    const entry = await stack.query(`{ toolEntry(id: "kalzium") { version history { version } } }`, {}, as(alice));
    const { version, history } = entry.body.data.toolEntry;
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        stack.query(
          `mutation($input: ToolInput!, $v: Int!) { updateTool(id: "kalzium", expectedVersion: $v, input: $input) { version } }`,
          { input: { ...baseInput, summary: { nl: `Versie ${i} van de samenvatting.` } }, v: version },
          as(i % 2 ? alice : bob),
        ),
      ),
    );
    const codes = attempts.map((a) => a.body.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    const after = await stack.query(`{ toolEntry(id: "kalzium") { version history { version action } } }`, {}, as(alice));
    expect(after.body.data.toolEntry.version).toBe(version + 1);
    expect(after.body.data.toolEntry.history).toHaveLength(history.length + 1);
    expect(after.body.data.toolEntry.history.at(-1)).toEqual({ version: version + 1, action: 'UPDATE' });
  });

  it('lets another organisation propose a change that only the owner publishes', async () => {
    // Kennisnet's pending draft is not surf's to read, so not surf's to overwrite: it is reviewed and published first.
    const pending = await stack.query(`{ toolEntry(id: "kalzium") { version } }`, {}, as(alice));
    const blind = await stack.query(
      `mutation($input: ToolInput!, $v: Int!) { updateTool(id: "kalzium", expectedVersion: $v, input: $input) { version } }`,
      { input: { ...baseInput, sectors: ['PO', 'VO', 'MBO'] }, v: pending.body.data.toolEntry.version },
      as(carol),
    );
    expect(blind.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(blind.body.errors?.[0]?.message).toMatch(/cannot read/);
    const erin = await stack.token({ sub: 'erin', org: 'kennisnet' });
    expect((await stack.query(`mutation { submitTool(id: "kalzium") { entryStatus } }`, {}, as(alice))).body.errors).toBeUndefined();
    expect((await stack.query(`mutation { publishTool(id: "kalzium") { entryStatus } }`, {}, as(erin))).body.data.publishTool.entryStatus).toBe('PUBLISHED');

    const entry = await stack.query(`{ toolEntry(id: "kalzium") { version } }`, {}, as(alice));
    const proposal = await stack.query(
      `mutation($input: ToolInput!, $v: Int!) { updateTool(id: "kalzium", expectedVersion: $v, input: $input, comment: "SURF: add mbo") { owner { id } lastEditor { organisation { id } } version } }`,
      { input: { ...baseInput, sectors: ['PO', 'VO', 'MBO'] }, v: entry.body.data.toolEntry.version },
      as(carol),
    );
    expect(proposal.body.errors).toBeUndefined();
    expect(proposal.body.data.updateTool).toMatchObject({ owner: { id: 'kennisnet' }, lastEditor: { organisation: { id: 'surf' } } });
    const submitted = await stack.query(`mutation { submitTool(id: "kalzium") { entryStatus } }`, {}, as(carol));
    expect(submitted.body.data.submitTool.entryStatus).toBe('IN_REVIEW');
    const bySurf = await stack.query(`mutation { publishTool(id: "kalzium") { entryStatus } }`, {}, as(await stack.token({ sub: 'dan', org: 'surf' })));
    expect(bySurf.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The proposer cannot publish their own proposal; a curator of the owner can.
    expect((await stack.query(`mutation { publishTool(id: "kalzium") { entryStatus } }`, {}, as(carol))).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOwner = await stack.query(`mutation { publishTool(id: "kalzium") { entryStatus published { sectors } } }`, {}, as(erin));
    expect(byOwner.body.data.publishTool).toEqual({ entryStatus: 'PUBLISHED', published: { sectors: ['PO', 'VO', 'MBO'] } });
  });

  it('never lets a revision be changed or removed, on either store', async () => {
    // The database itself refuses, to a client that goes around the API (PostgreSQL's rule, SQLite's trigger).
    await expect(storeSql(stack, 'tools', `UPDATE revisions SET comment = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(storeSql(stack, 'tools', `DELETE FROM revisions`)).rejects.toThrow(/append-only/);
    expect(Number((await storeSql(stack, 'tools', 'SELECT count(*) AS n FROM revisions'))[0]!.n)).toBeGreaterThan(0);
  });

  it('refuses anonymous writes with UNAUTHENTICATED and curator queries without a role with FORBIDDEN', async () => {
    const anonymous = await stack.query(`mutation { submitTool(id: "kalzium") { version } }`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await stack.token({ sub: 'dave', org: 'kennisnet', roles: [] });
    const forbidden = await stack.query(`mutation { submitTool(id: "kalzium") { version } }`, {}, as(reader));
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

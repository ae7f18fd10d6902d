/** The change feed across all subgraphs: every event once and in order, resumable from any cursor, over GraphQL and GET /changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesPage, inFeedOrder, newEntry, publishNew, readAll, type Change } from '../src/changes.ts';
import { send } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
let alice: string;
let bob: string;
beforeAll(async () => {
  stack = await startStack();
  alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
});
afterAll(() => stack.stop());

const PER_SUBGRAPH = 5;
let all: Change[] = [];

describe('the change feed', () => {
  it('is empty before anything is published (seeding writes no events)', async () => {
    const page = await changesPage(stack, null, 10);
    expect(page.events).toEqual([]);
    expect(page.hasMore).toBe(false);
  });

  it('gives a reader paging during concurrent publishes in every subgraph each event once, in order', async () => {
    const publishing = Promise.all(
      (['tools', 'facilities', 'standards'] as const).map(async (subgraph) => {
        const ids: string[] = [];
        // Each subgraph publishes in sequence; the three run at the same time.
        for (let i = 0; i < PER_SUBGRAPH; i++) ids.push(await publishNew(stack, alice, bob, newEntry[subgraph](`${subgraph}-${i}`)));
        return ids;
      }),
    );
    let done = false;
    void publishing.finally(() => (done = true));
    const seen: Change[] = [];
    let cursor: string | null = null;
    // A reader following the feed with small pages while the publishes happen.
    while (!done || seen.length < 3 * PER_SUBGRAPH) {
      const page = await changesPage(stack, cursor, 2);
      seen.push(...page.events);
      cursor = page.endCursor;
      if (done && !page.hasMore && seen.length >= 3 * PER_SUBGRAPH) break;
    }
    const published = (await publishing).flat();
    all = (await readAll(stack, null, 4)).events;
    expect(all.map((e) => e.subject).sort()).toEqual([...published].sort());
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect([...all].sort(inFeedOrder)).toEqual(all);
    expect(seen).toEqual(all);
    expect(all.every((e) => e.type.endsWith('.published') && e.data.version === 3 && e.data.id === e.subject)).toBe(true);
    expect(new Set(all.map((e) => e.source))).toEqual(new Set(['/subgraphs/tools', '/subgraphs/facilities', '/subgraphs/standards']));
  });

  it('resumes from a middle cursor with exactly the later events, and from the end with none', async () => {
    const first = await changesPage(stack, null, 7);
    expect(first.events).toEqual(all.slice(0, 7));
    expect((await readAll(stack, first.endCursor, 3)).events).toEqual(all.slice(7));
    const end = await readAll(stack, null, 100);
    expect((await changesPage(stack, end.cursor, 10)).events).toEqual([]);
  });

  it('keeps only the asked-for types, passing over the others', async () => {
    const standards = await readAll(stack, null, 2, ['nl.edu-catalogus.standard.published']);
    expect(standards.events).toEqual(all.filter((e) => e.type === 'nl.edu-catalogus.standard.published'));
    expect(standards.events).toHaveLength(PER_SUBGRAPH);
  });

  it('serves the same events as a CloudEvents batch at GET /changes, with the next cursor', async () => {
    const url = new URL('/changes?limit=4', stack.gatewayUrl);
    const response = await send(url.toString());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/cloudevents-batch\+json/);
    expect(response.json.map((e: Change & { specversion: string }) => [e.id, e.specversion])).toEqual(all.slice(0, 4).map((e) => [e.id, '1.0']));
    const next = new URL('/changes', stack.gatewayUrl);
    next.searchParams.set('after', response.headers.get('x-next-cursor')!);
    expect((await send(next.toString())).json.map((e: Change) => e.id)).toEqual(all.slice(4).map((e) => e.id));
  });

  it('refuses a malformed cursor, naming the argument', async () => {
    const result = await stack.query(`{ changes(after: "bm9wZQ") { endCursor } }`);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await send(new URL('/changes?after=nope', stack.gatewayUrl).toString())).status).toBe(400);
  });

  it('lists with changedSince only what was published at or after the time, across the gateway', async () => {
    const since = new Date().toISOString();
    await Promise.all((['standards', 'tools', 'facilities'] as const).map((subgraph) => publishNew(stack, alice, bob, newEntry[subgraph]('late'))));
    const lists = await stack.query(
      `query($since: DateTime) { standards(changedSince: $since) { edges { node { id } } } facilities(changedSince: $since) { totalCount }
        organisations(changedSince: $since) { id } categories(changedSince: $since) { id } tools(changedSince: $since) { totalCount } }`,
      { since },
    );
    expect(lists.body.errors).toBeUndefined();
    expect(lists.body.data).toEqual({
      standards: { edges: [{ node: { id: 'std-late' } }] },
      facilities: { totalCount: 0 },
      organisations: [{ id: 'org-late' }],
      categories: [{ id: 'cat-late' }],
      tools: { totalCount: 0 },
    });
    const all = await stack.query(`{ organisations { id } categories { id } }`);
    expect(all.body.data.organisations.length).toBeGreaterThan(1);
    expect(all.body.data.categories.length).toBeGreaterThan(1);
  });
});

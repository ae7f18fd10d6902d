import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getQuery, postJson } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

const fetches: string[] = [];
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { CACHE_MAX_AGE: '120' }, gateway: { plugins: [{ onFetch: ({ url }: { url: string }) => void fetches.push(url) }] } });
});
afterAll(() => stack.stop());

describe('HTTP caching for portals', () => {
  const query = '{ tool(id: "moodle") { id name standards { id } } }';

  it('marks an anonymous GET public for the configured max-age, with a content ETag', async () => {
    const response = await getQuery(stack.gatewayUrl, query);
    expect(response.status).toBe(200);
    expect(response.json.data.tool.id).toBe('moodle');
    expect(response.headers.get('cache-control')).toBe('public, max-age=120');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{20,}"$/);
    expect(response.headers.get('vary')).toMatch(/Authorization/i);
  });

  it('answers 304 without a body when the client already holds that ETag, 200 for a stale one', async () => {
    const first = await getQuery(stack.gatewayUrl, query);
    const etag = first.headers.get('etag')!;
    const again = await getQuery(stack.gatewayUrl, query, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const stale = await getQuery(stack.gatewayUrl, query, undefined, { 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
    expect(stale.json).toEqual(first.json);
  });

  it('serves a repeated anonymous query from the response cache without asking any subgraph', async () => {
    const q = '{ standard(id: "lti-1-3") { id name implementedBy { id } } }';
    fetches.length = 0;
    const first = await getQuery(stack.gatewayUrl, q);
    expect(fetches.length).toBeGreaterThan(0);
    fetches.length = 0;
    const second = await postJson(stack.gatewayUrl, { query: q });
    expect(fetches).toEqual([]);
    expect(second.json).toEqual(first.json);
  });

  it('never stores or serves a signed-in request from the cache, and marks it private, no-store', async () => {
    const q = '{ facility(id: "nummervoorziening") { id name } }';
    const token = await stack.token({ sub: 'curator-1', org: 'kennisnet', roles: ['curator'] });
    for (let i = 0; i < 2; i++) {
      fetches.length = 0;
      const response = await getQuery(stack.gatewayUrl, q, undefined, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(200);
      expect(response.json.data.facility.id).toBe('nummervoorziening');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('etag')).toBeNull();
      expect(fetches.length).toBeGreaterThan(0);
    }
    // ... and what the signed-in requests fetched did not fill the anonymous cache either.
    fetches.length = 0;
    await getQuery(stack.gatewayUrl, q);
    expect(fetches.length).toBeGreaterThan(0);
  });

  it('does not let POSTs, errors or refusals be cached by HTTP caches', async () => {
    const post = await postJson(stack.gatewayUrl, { query });
    expect(post.headers.get('cache-control')).toBe('no-store');
    const error = await getQuery(stack.gatewayUrl, '{ tools(first: 500) { totalCount } }');
    expect(error.status).toBe(400);
    expect(error.headers.get('cache-control')).toBe('no-store');
    expect(error.headers.get('etag')).toBeNull();
  });
});

describe('the response cache and publishing', () => {
  it('shows an entry to anonymous readers as soon as it is published (a real publishTool empties the cache)', async () => {
    const reader = '{ tool(id: "kalzium") { id name } tools(search: "kalzium") { totalCount } }';
    const before = await getQuery(stack.gatewayUrl, reader);
    expect(before.json.data).toEqual({ tool: null, tools: { totalCount: 0 } });
    fetches.length = 0;
    expect((await getQuery(stack.gatewayUrl, reader)).json).toEqual(before.json);
    expect(fetches).toEqual([]); // cached

    const alice = { authorization: `Bearer ${await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] })}` };
    const bob = { authorization: `Bearer ${await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] })}` };
    const input = {
      name: 'Kalzium',
      summary: { nl: 'Periodiek systeem voor de klas.', en: 'Periodic table for the classroom.' },
      homepage: 'https://apps.kde.org/kalzium/',
      license: { expression: 'GPL-2.0-or-later' },
      categories: ['educational-content'],
      developmentStatus: 'STABLE',
      sources: [{ url: 'https://apps.kde.org/kalzium/' }],
      certainty: 'CONFIRMED',
    };
    const steps = [
      [alice, 'mutation($input: ToolInput!) { createTool(input: $input) { id } }', { input }],
      [alice, 'mutation { submitTool(id: "kalzium") { id } }', {}],
      [bob, 'mutation { publishTool(id: "kalzium") { id entryStatus } }', {}],
    ] as const;
    for (const [who, mutation, variables] of steps) {
      const result = await postJson(stack.gatewayUrl, { query: mutation, variables }, who);
      expect(result.json.errors, JSON.stringify(result.json.errors)).toBeUndefined();
    }

    const after = await getQuery(stack.gatewayUrl, reader);
    expect(after.json.data).toEqual({ tool: { id: 'kalzium', name: 'Kalzium' }, tools: { totalCount: 1 } });
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });
});

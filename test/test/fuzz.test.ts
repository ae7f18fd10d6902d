import fc from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getQuery, postJson } from '../src/http.ts';
import { damagedQueryArbitrary, queryArbitrary } from '../src/query-arbitrary.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
let schema: GraphQLSchema;
let curator: Record<string, string>;
beforeAll(async () => {
  stack = await startStack({ env: { RATE_LIMIT: '100000' } });
  schema = buildClientSchema((await postJson(stack.gatewayUrl, { query: getIntrospectionQuery() })).json.data);
  // Half the runs are signed in, so the curators' read fields are fuzzed too, not only refused.
  curator = { authorization: `Bearer ${await stack.token({ sub: 'fuzz-curator', org: 'kennisnet', roles: ['curator'] })}` };
});
afterAll(() => stack.stop());

/** Every answer is either data, or errors that each carry a code; never a 5xx. */
function expectNoServerError(query: string, response: Awaited<ReturnType<typeof postJson>>) {
  expect(response.status, `${query}\n${response.text.slice(0, 500)}`).toBeLessThan(500);
  expect(response.json, query).toBeTypeOf('object');
  for (const error of response.json.errors ?? []) {
    expect(error.extensions?.code, `${query}\n${JSON.stringify(error)}`).toMatch(/^[A-Z_]+$/);
    expect(error.extensions?.code, `${query}\n${JSON.stringify(error)}`).not.toBe('INTERNAL_SERVER_ERROR');
  }
}

describe('fuzzing the gateway with random queries over the real schema', () => {
  it('never answers a random query with a 5xx or an unexpected error', async () => {
    await fc.assert(
      fc.asyncProperty(queryArbitrary(schema), fc.boolean(), fc.boolean(), async (query, overGet, signedIn) => {
        const headers = signedIn ? curator : {};
        expectNoServerError(
          query,
          overGet ? await getQuery(stack.gatewayUrl, query, undefined, headers) : await postJson(stack.gatewayUrl, { query }, headers),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('never answers a damaged query with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(damagedQueryArbitrary(schema), async (query) => {
        expectNoServerError(query, await postJson(stack.gatewayUrl, { query }));
      }),
      { numRuns: 100 },
    );
  });
});

import { IDENTITY_EXTENSION, signedBody, SIGNATURE_EXTENSION } from '@edu-catalogus/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

describe('subgraphs accept only requests signed by the gateway', () => {
  const query = '{ _service { sdl } }';

  it('refuses unsigned requests, including _service and _entities', async () => {
    for (const url of Object.values(stack.subgraphUrls)) {
      const service = await postJson(url, { query });
      expect(service.status).toBe(401);
      expect(service.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const entities = await postJson(url, { query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [] } });
      expect(entities.status).toBe(401);
    }
  });

  it('refuses a GET, and a request signed with another secret', async () => {
    const get = await fetch(`${stack.subgraphUrls.tools}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(405);
    const forged = await postJson(stack.subgraphUrls.tools, signedBody('not-the-gateway-secret-at-all', { query }));
    expect(forged.status).toBe(401);
  });

  it('refuses an identity added to a signed request after signing', async () => {
    const body = signedBody(stack.secret, { query: '{ __typename }' });
    const tampered = { ...body, extensions: { ...body.extensions, [IDENTITY_EXTENSION]: { sub: 'mallory', org: 'kennisnet', roles: ['admin'] } } };
    const response = await postJson(stack.subgraphUrls.tools, tampered);
    expect(response.status).toBe(401);
  });

  it('answers a correctly signed request', async () => {
    const response = await postJson(stack.subgraphUrls.standards, signedBody(stack.secret, { query }));
    expect(response.status).toBe(200);
    expect(response.json.data._service.sdl).toContain('type Standard');
    expect(Object.keys(signedBody(stack.secret, { query }).extensions)).toEqual([SIGNATURE_EXTENSION]);
  });

  it('keeps health endpoints open', async () => {
    const health = await fetch(stack.subgraphUrls.tools.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
  });
});

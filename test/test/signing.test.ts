import { IDENTITY_EXTENSION, NONCE_EXTENSION, SIGNED_AT_EXTENSION, signedBody, SIGNATURE_EXTENSION } from '@edu-catalogus/kit/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

/** Bodies the gateway sent to the subgraphs, as an eavesdropper on the internal network would see them. */
const sent: { url: string; body: string }[] = [];
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    gateway: {
      logging: false,
      plugins: [{ onFetch: ({ url, options }: { url: string; options: { body?: unknown } }) => void sent.push({ url, body: String(options.body) }) }],
    },
  });
});
afterAll(() => stack.stop());

const postRaw = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

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
    expect(Object.keys(signedBody(stack.secret, { query }).extensions).sort()).toEqual([SIGNATURE_EXTENSION, NONCE_EXTENSION, SIGNED_AT_EXTENSION].sort());
  });

  it('keeps health endpoints open', async () => {
    const health = await fetch(stack.subgraphUrls.tools.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
  });
});

describe('replays and malleable signatures', () => {
  it('refuses a request the gateway sent when it is sent again', async () => {
    sent.length = 0;
    const response = await stack.query('{ tool(id: "moodle") { standards { name } } }');
    expect(response.status).toBe(200);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const { url, body } of sent) {
      const replayed = await postRaw(url, body);
      expect(replayed.status, body.slice(0, 200)).toBe(401);
      expect(((await replayed.json()) as any).errors[0].message).toMatch(/replay|already/i);
    }
  });

  it('answers a signed request once and refuses the same nonce a second time', async () => {
    const body = JSON.stringify(signedBody(stack.secret, { query: '{ __typename }' }));
    expect((await postRaw(stack.subgraphUrls.tools, body)).status).toBe(200);
    expect((await postRaw(stack.subgraphUrls.tools, body)).status).toBe(401);
  });

  it('refuses a signature older than a minute, or from the future', async () => {
    for (const skew of [-61_000, -3_600_000, 61_000]) {
      const body = signedBody(stack.secret, { query: '{ __typename }', signedAt: Date.now() + skew });
      const response = await postJson(stack.subgraphUrls.tools, body);
      expect(response.status, String(skew)).toBe(401);
    }
  });

  it('refuses a request whose operationName was changed after signing', async () => {
    const query = 'query A { __typename } query B { _service { sdl } }';
    const body = signedBody(stack.secret, { query, operationName: 'A' });
    expect((await postJson(stack.subgraphUrls.tools, { ...body, operationName: 'B' })).status).toBe(401);
    const fresh = signedBody(stack.secret, { query, operationName: 'A' });
    expect((await postJson(stack.subgraphUrls.tools, fresh)).status).toBe(200);
  });

  it('accepts only the canonical base64 of a signature', async () => {
    const variants = (signature: string) => [
      signature.replace(/=+$/, ''), // padding dropped
      `${signature}\n`, // whitespace
      ` ${signature}`,
      signature.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), // base64url
      // The last character's two unused bits set: decodes to the same bytes.
      signature.slice(0, 42) +
        'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[
          'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(signature[42]!) + 1
        ] +
        '=',
    ];
    for (let i = 0; i < 5; i++) {
      const body = signedBody(stack.secret, { query: '{ __typename }' });
      const signature = body.extensions[SIGNATURE_EXTENSION] as string;
      const variant = variants(signature)[i]!;
      if (variant === signature) continue;
      const response = await postJson(stack.subgraphUrls.tools, { ...body, extensions: { ...body.extensions, [SIGNATURE_EXTENSION]: variant } });
      expect(response.status, `variant ${i}: ${JSON.stringify(variant)}`).toBe(401);
    }
  });
});

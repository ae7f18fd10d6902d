import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = { sub: 'mallory', org: 'kennisnet', roles: ['admin'], iss: 'edu-catalogus-dev', aud: 'edu-catalogus' };
const mutation = `mutation { submitTool(id: "moodle") { version } }`;

async function refused(token: string) {
  const response = await stack.query(`{ tool(id: "moodle") { id } }`, {}, { authorization: `Bearer ${token}` });
  expect(response.status).toBe(401);
  expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.body.data ?? null).toBeNull();
}

describe('bearer tokens', () => {
  it('accepts a token signed with the development key', async () => {
    const token = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
    const response = await stack.query(`{ toolEntries(status: [IN_REVIEW]) { id } }`, {}, { authorization: `Bearer ${token}` });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.toolEntries).toEqual([]);
  });

  it('refuses an expired token', async () => refused(await stack.token({ sub: 'alice', org: 'kennisnet', hours: -1 })));

  it('refuses a token signed by another key (forged)', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const now = Math.floor(Date.now() / 1000);
    await refused(
      await new SignJWT({ org: 'kennisnet', roles: ['admin'] })
        .setProtectedHeader({ alg: 'ES256', kid: 'dev' })
        .setSubject('mallory')
        .setIssuer('edu-catalogus-dev')
        .setAudience('edu-catalogus')
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(privateKey),
    );
  });

  it('refuses a genuine token whose claims were changed (wrong signature)', async () => {
    const genuine = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
    const [header, payload, signature] = genuine.split('.');
    const changed = { ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['admin'] };
    await refused(`${header}.${b64(changed)}.${signature}`);
  });

  it('refuses alg: none', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iat: now, exp: now + 3600 })}.`);
  });

  it('refuses an HMAC token made with the public key as secret (algorithm confusion)', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const secret = new TextEncoder().encode(JSON.stringify(await exportJWK(publicKey)));
    const now = Math.floor(Date.now() / 1000);
    await refused(
      await new SignJWT({ org: 'kennisnet', roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('m')
        .setIssuer('edu-catalogus-dev')
        .setAudience('edu-catalogus')
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(secret),
    );
  });

  it('refuses a malformed Authorization header and garbage tokens', async () => {
    for (const header of ['Basic YWxpY2U6c2VjcmV0', 'Bearer', 'Bearer not.a.jwt']) {
      const response = await stack.query(mutation, {}, { authorization: header });
      expect(response.status, header).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

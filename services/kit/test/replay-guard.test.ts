import { describe, expect, it } from 'vitest';
import { createReplayGuard } from '../src/replay-guard.ts';
import { signedPayload, signPayload, signingStamp, verifySignature } from '../src/signing.ts';

describe('replay guard', () => {
  const nonce = () => signingStamp().nonce;

  it('answers a nonce once, and again only after its window has passed for good', () => {
    let now = 1_000_000;
    const guard = createReplayGuard({ now: () => now });
    const n = nonce();
    expect(guard.check(now, n)).toBeNull();
    expect(guard.check(now, n)).toMatch(/replay/);
    now += 30_000;
    expect(guard.check(now - 30_000, n)).toMatch(/replay/);
    expect(guard.check(now, nonce())).toBeNull();
  });

  it('refuses timestamps more than a minute away, and missing or malformed stamps', () => {
    const now = 5_000_000;
    const guard = createReplayGuard({ now: () => now });
    expect(guard.check(now - 60_001, nonce())).toMatch(/older than a minute/);
    expect(guard.check(now + 60_001, nonce())).toMatch(/future/);
    expect(guard.check(String(now), nonce())).toMatch(/timestamp/);
    expect(guard.check(now, 'short')).toMatch(/nonce/);
    expect(guard.check(now, undefined)).toMatch(/nonce/);
  });
});

describe('signatures', () => {
  const secret = 'a-secret-of-enough-length';
  const fields = { query: '{ __typename }', operationName: 'A', signedAt: 1, nonce: 'n'.repeat(22) };

  it('verify only in canonical base64 and only over the same operation name', () => {
    const signature = signPayload(secret, signedPayload(fields));
    expect(verifySignature(secret, signedPayload(fields), signature)).toBe(true);
    expect(verifySignature(secret, signedPayload(fields), signature.replace(/=$/, ''))).toBe(false);
    expect(verifySignature(secret, signedPayload(fields), `${signature} `)).toBe(false);
    expect(verifySignature(secret, signedPayload({ ...fields, operationName: 'B' }), signature)).toBe(false);
  });
});

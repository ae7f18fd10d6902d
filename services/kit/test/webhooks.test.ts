/** Standard Webhooks messages verified by the `standardwebhooks` receiver, and the SSRF guard of subscription URLs. */
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import type { CloudEvent } from '../src/changes/feed.ts';
import { checkWebhookUrl } from '../src/webhooks/address-guard.ts';
import { newWebhookSecret, webhookMessage } from '../src/webhooks/sign.ts';

const event: CloudEvent = {
  specversion: '1.0',
  id: 'tools-12',
  source: '/subgraphs/tools',
  type: 'nl.edu-catalogus.tool.published',
  subject: 'moodle',
  time: '2026-11-30T12:00:00.000Z',
  datacontenttype: 'application/json',
  data: { id: 'moodle', type: 'Tool', version: 3, fields: ['name'] },
};

describe('webhook messages', () => {
  it('verify with the receiver library under the subscription secret, with the event id as webhook-id', () => {
    const secret = newWebhookSecret();
    const message = webhookMessage(event, [secret]);
    expect(new Webhook(secret).verify(message.body, message.headers)).toMatchObject({ type: event.type, data: { id: 'moodle', version: 3 } });
    expect(message.headers['webhook-id']).toBe('tools-12');
  });

  it('are refused when tampered with or signed under another secret', () => {
    const secret = newWebhookSecret();
    const message = webhookMessage(event, [secret]);
    expect(() => new Webhook(secret).verify(message.body.replace('moodle', 'evil'), message.headers)).toThrow(/signature/i);
    expect(() => new Webhook(newWebhookSecret()).verify(message.body, message.headers)).toThrow(/signature/i);
    const forged = { ...message.headers, 'webhook-signature': message.headers['webhook-signature'].replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) };
    expect(() => new Webhook(secret).verify(message.body, forged)).toThrow(/signature/i);
  });

  it('verify under the old and the new secret while a secret is rotated', () => {
    const [old, next] = [newWebhookSecret(), newWebhookSecret()];
    const message = webhookMessage(event, [old, next]);
    expect(() => new Webhook(old).verify(message.body, message.headers)).not.toThrow();
    expect(() => new Webhook(next).verify(message.body, message.headers)).not.toThrow();
  });
});

describe('the webhook URL guard', () => {
  const resolve = (map: Record<string, string[]>) => async (host: string) => map[host] ?? [];
  it('accepts https to public addresses', async () => {
    await expect(checkWebhookUrl('https://portal.example/hook', { resolve: resolve({ 'portal.example': ['93.184.216.34'] }) })).resolves.toBeInstanceOf(URL);
  });

  it('refuses private, loopback, link-local and unique-local addresses, also behind a name, and plain http', async () => {
    for (const url of [
      'https://127.0.0.1/h',
      'https://10.1.2.3/h',
      'https://169.254.169.254/latest',
      'https://[::1]/h',
      'https://[fd00::1]/h',
      'https://[::ffff:127.0.0.1]/h',
      'https://internal.example/h',
    ]) {
      await expect(checkWebhookUrl(url, { resolve: resolve({ 'internal.example': ['93.184.216.34', '192.168.1.5'] }) }), url).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { field: 'url' },
      });
    }
    await expect(checkWebhookUrl('http://portal.example/h', { resolve: resolve({ 'portal.example': ['93.184.216.34'] }) })).rejects.toThrow(/https/);
  });

  it('lets an allowlist permit loopback (as the tests do)', async () => {
    await expect(checkWebhookUrl('http://127.0.0.1:4321/h', { allow: ['127.0.0.0/8'], allowHttp: true })).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl('http://127.0.0.1:4321/h', { allow: ['10.0.0.0/8'], allowHttp: true })).rejects.toThrow(/loopback/);
  });
});

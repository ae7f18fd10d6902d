/**
 * Standard Webhooks 1.0 messages of change-feed events: the headers a delivery carries, signed with a
 * per-subscription secret (`whsec_` + base64, 32 random bytes) by the `standardwebhooks` package.
 * While a secret is being rotated, a message carries a signature under each secret (space-separated).
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { CloudEvent } from '../changes/feed.ts';

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

export interface WebhookMessage {
  /** The exact bytes to send: the thin Standard Webhooks payload `{ type, timestamp, data }`. */
  body: string;
  headers: Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature' | 'content-type', string>;
}

/** The message of `event`; `webhook-id` is the event id, the same on every retry (the receiver's idempotency key). */
export function webhookMessage(event: CloudEvent, secrets: readonly string[], now = new Date()): WebhookMessage {
  if (secrets.length === 0) throw new Error('a webhook message needs at least one secret');
  const body = JSON.stringify({ type: event.type, timestamp: event.time, data: { ...event.data, subject: event.subject, source: event.source } });
  const at = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const signature = secrets.map((secret) => new Webhook(secret).sign(event.id, at, body)).join(' ');
  return {
    body,
    headers: { 'content-type': 'application/json', 'webhook-id': event.id, 'webhook-timestamp': String(at.getTime() / 1000), 'webhook-signature': signature },
  };
}

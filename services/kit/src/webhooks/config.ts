/** Webhook settings, read once from the environment (zod): the address allowlist, retry schedule, when to give up and the poll interval. */
import { parseConfig } from '../config.ts';
import { z } from 'zod';

export interface WebhookConfig {
  /** IPs, CIDR ranges or host names that may receive webhooks although not public (tests: loopback). */
  allow: string[];
  /** Plain http: only for allowlisted addresses in tests. */
  allowHttp: boolean;
  /** Waits before each retry, ms; the last repeats until `giveUpAfterMs` has passed since the first failure. */
  retryScheduleMs: number[];
  /** A failing subscription is PAUSED once it has failed for this long *and* `giveUpAfterAttempts` times. */
  giveUpAfterMs: number;
  /** At least this many failed attempts before a pause, so a slow or restarted deliverer never pauses early. */
  giveUpAfterAttempts: number;
  pollMs: number;
}

const HOUR = 3_600_000;
// Standard Webhooks' schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h.
const STANDARD_SCHEDULE = [5_000, 300_000, 1_800_000, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR, 20 * HOUR, 24 * HOUR];
const list = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

export function loadWebhookConfig(env: Record<string, string | undefined> = process.env): WebhookConfig {
  const c = parseConfig(
    z.object({
      WEBHOOK_ALLOWLIST: list,
      WEBHOOK_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
      WEBHOOK_RETRY_SCHEDULE_MS: list
        .transform((ms) => ms.map(Number))
        .refine((ms) => ms.every((n) => Number.isInteger(n) && n > 0), 'must be comma-separated positive milliseconds'),
      WEBHOOK_GIVE_UP_AFTER_MS: z.coerce
        .number()
        .int()
        .min(1)
        .default(26 * HOUR),
      // With the standard schedule the 8th attempt comes 31.6 h after the first failure.
      WEBHOOK_GIVE_UP_AFTER_ATTEMPTS: z.coerce.number().int().min(1).default(8),
      WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(500),
    }),
    env,
  );
  return {
    allow: c.WEBHOOK_ALLOWLIST,
    allowHttp: c.WEBHOOK_ALLOW_HTTP === 'true',
    retryScheduleMs: c.WEBHOOK_RETRY_SCHEDULE_MS.length ? c.WEBHOOK_RETRY_SCHEDULE_MS : STANDARD_SCHEDULE,
    giveUpAfterMs: c.WEBHOOK_GIVE_UP_AFTER_MS,
    giveUpAfterAttempts: c.WEBHOOK_GIVE_UP_AFTER_ATTEMPTS,
    pollMs: c.WEBHOOK_POLL_MS,
  };
}

/**
 * Delivers the change feed to subscribed portals as Standard Webhooks, one event at a time in feed
 * order per subscription. A subscription's cursor moves only after a 2xx, so a restart (of this
 * subgraph or any gateway) resumes where it stood. Failures retry on the schedule with jitter; after
 * `giveUpAfterMs` of failing the subscription is PAUSED (visible, with its last error) until replayed.
 * Every attempt is logged in webhook_deliveries.
 */
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { Feed } from '../changes/feed.ts';
import type { Logger } from '../logger.ts';
import { checkWebhookUrl } from './address-guard.ts';
import type { WebhookConfig } from './config.ts';
import { webhookMessage } from './sign.ts';
import { webhookDeliveries, webhookSubscriptions, type WebhookSubscriptionRow } from './tables.ts';

const TIMEOUT_MS = 15_000;

export function createDeliverer(options: { db: BetterSQLite3Database<any>; feed: Feed; config: WebhookConfig; logger: Logger }) {
  const { db, feed, config } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  const failed = (sub: WebhookSubscriptionRow, error: string, at: Date) => {
    const attempts = sub.attempts + 1;
    const failingSince = sub.failingSince ?? at.toISOString();
    const wait = config.retryScheduleMs[Math.min(attempts - 1, config.retryScheduleMs.length - 1)]!;
    const jittered = wait * (0.9 + Math.random() * 0.2);
    const giveUp = at.getTime() - Date.parse(failingSince) >= config.giveUpAfterMs;
    db.update(webhookSubscriptions)
      .set({ attempts, failingSince, lastError: error, status: giveUp ? 'PAUSED' : 'ACTIVE', nextAttemptAt: new Date(at.getTime() + jittered).toISOString() })
      .where(eq(webhookSubscriptions.id, sub.id))
      .run();
  };

  /** One event to one subscription, if one is ready; true when it was delivered. */
  async function deliverNext(sub: WebhookSubscriptionRow): Promise<boolean> {
    const page = await feed.read({ after: sub.cursor, first: 1, types: sub.types });
    const [event] = page.events;
    if (!event) {
      if (page.next !== sub.cursor) db.update(webhookSubscriptions).set({ cursor: page.next }).where(eq(webhookSubscriptions.id, sub.id)).run();
      return false;
    }
    const at = new Date();
    const attempt = sub.attempts + 1;
    let status: number | null = null;
    let error: string | null = null;
    try {
      await checkWebhookUrl(sub.url, { allow: config.allow, allowHttp: config.allowHttp });
      const message = webhookMessage(event, sub.secrets, at);
      const response = await fetch(sub.url, {
        method: 'POST',
        headers: message.headers,
        body: message.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.body?.cancel();
      status = response.status;
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    db.insert(webhookDeliveries).values({ subscriptionId: sub.id, eventId: event.id, attempt, status, error }).run();
    if (error === null) {
      db.update(webhookSubscriptions)
        .set({ cursor: page.next, attempts: 0, failingSince: null, lastError: null, nextAttemptAt: null })
        .where(eq(webhookSubscriptions.id, sub.id))
        .run();
      return true;
    }
    failed(sub, error, at);
    return false;
  }

  async function runOnce(): Promise<void> {
    const now = new Date().toISOString();
    const due = db
      .select()
      .from(webhookSubscriptions)
      .where(and(eq(webhookSubscriptions.status, 'ACTIVE'), or(isNull(webhookSubscriptions.nextAttemptAt), lte(webhookSubscriptions.nextAttemptAt, now))))
      .all();
    await Promise.all(
      due.map(async (sub) => {
        // Drain what is ready, one event at a time, re-reading the row after each delivery.
        for (let row: WebhookSubscriptionRow | undefined = sub; row && !stopped && (await deliverNext(row)); ) {
          row = db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, sub.id)).get();
        }
      }),
    ).catch((err: unknown) => options.logger.warn({ err }, 'webhook delivery round failed'));
  }

  const loop = () => {
    if (stopped) return;
    running = runOnce().finally(() => {
      if (!stopped) timer = setTimeout(loop, config.pollMs).unref();
    });
  };

  return {
    runOnce,
    start() {
      stopped = false;
      loop();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Delivers the change feed to subscribed portals as Standard Webhooks, one event at a time in feed
 * order per subscription. A subscription's cursor moves only after a 2xx, so a restart (of this
 * subgraph or any gateway) resumes where it stood. Failures retry on the schedule with jitter; after
 * `giveUpAfterMs` of failing and at least `giveUpAfterAttempts` failed attempts (time alone would pause
 * a receiver early whenever the deliverer itself was slow or down) the subscription is PAUSED (visible,
 * with its last error) until replayed. Every attempt is logged in webhook_deliveries. A pass that fails
 * (the database closed under it, say) is logged and the next one tries again; it never rejects.
 *
 * On either store. On PostgreSQL several replicas run a deliverer over one database: each attempt claims
 * its subscription (`FOR UPDATE SKIP LOCKED`) in a transaction that lasts the attempt and holds its
 * writes, re-reading the cursor under the lock, so no two replicas send the same attempt and a replica
 * that finds the row held leaves it to the holder. On SQLite (one process) the attempt's writes are one
 * transaction after it.
 */
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import type { Feed } from '../changes/feed.ts';
import type { Logger } from '../logger.ts';
import { isPostgres, type StoreDb, type StoreTx, withTransaction } from '../transaction.ts';
import { checkWebhookUrl } from './address-guard.ts';
import type { WebhookConfig } from './config.ts';
import { lockingRows, webhookTablesOf } from './dialect.ts';
import { webhookMessage } from './sign.ts';
import type { WebhookSubscriptionRow } from './tables.ts';

const TIMEOUT_MS = 15_000;
/** Subscriptions attempted at once on PostgreSQL: each holds a pooled connection for its attempt, and the feed read needs another. */
const PG_PARALLEL = 4;

/** The writes of one attempt, in a transaction (the claim's on PostgreSQL). */
type Write = (fn: (tx: StoreTx) => Promise<unknown>) => Promise<unknown>;

/** Runs `fn` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export function createDeliverer(options: { db: StoreDb; feed: Feed; config: WebhookConfig; logger: Logger }) {
  const { db, feed, config } = options;
  const { webhookSubscriptions, webhookDeliveries } = webhookTablesOf(db);
  const q = db as StoreTx;
  const byId = (id: string) => eq(webhookSubscriptions.id, id);
  const due = () =>
    and(
      eq(webhookSubscriptions.status, 'ACTIVE'),
      or(isNull(webhookSubscriptions.nextAttemptAt), lte(webhookSubscriptions.nextAttemptAt, new Date().toISOString())),
    );
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  /** What a failed attempt sets: the next attempt on the schedule, or PAUSED after the give-up attempts and time. */
  const failure = (sub: WebhookSubscriptionRow, error: string, at: Date) => {
    const attempts = sub.attempts + 1;
    const failingSince = sub.failingSince ?? at.toISOString();
    const wait = config.retryScheduleMs[Math.min(attempts - 1, config.retryScheduleMs.length - 1)]!;
    const jittered = wait * (0.9 + Math.random() * 0.2);
    const giveUp = attempts >= config.giveUpAfterAttempts && at.getTime() - Date.parse(failingSince) >= config.giveUpAfterMs;
    return {
      attempts,
      failingSince,
      lastError: error,
      status: giveUp ? ('PAUSED' as const) : ('ACTIVE' as const),
      nextAttemptAt: new Date(at.getTime() + jittered).toISOString(),
    };
  };

  /** Runs `attempt` on subscription `id` if it is still due and no other deliverer holds it (false otherwise). */
  async function claimed(id: string, attempt: (sub: WebhookSubscriptionRow, write: Write) => Promise<boolean>): Promise<boolean> {
    const read = (on: StoreTx) =>
      on
        .select()
        .from(webhookSubscriptions)
        .where(and(byId(id), due()));
    if (isPostgres(db))
      return withTransaction(db, async (tx) => {
        const [sub] = await lockingRows(tx, read(tx), { skipLocked: true });
        return sub ? attempt(sub, (fn) => fn(tx)) : false;
      });
    const [sub] = await read(q);
    return sub ? attempt(sub, (fn) => withTransaction(db, fn)) : false;
  }

  /** One event to one subscription, if one is ready; true when it was delivered. */
  async function deliverNext(sub: WebhookSubscriptionRow, write: Write): Promise<boolean> {
    const page = await feed.read({ after: sub.cursor, first: 1, types: sub.types });
    const [event] = page.events;
    if (!event) {
      if (page.next !== sub.cursor) await write((tx) => tx.update(webhookSubscriptions).set({ cursor: page.next }).where(byId(sub.id)));
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
    const next = error === null ? { cursor: page.next, attempts: 0, failingSince: null, lastError: null, nextAttemptAt: null } : failure(sub, error, at);
    await write(async (tx) => {
      await tx.insert(webhookDeliveries).values({ subscriptionId: sub.id, eventId: event.id, attempt, status, error });
      await tx.update(webhookSubscriptions).set(next).where(byId(sub.id));
    });
    return error === null;
  }

  /** One pass: every due subscription drains what is ready. Never rejects; a failure is logged. */
  async function runOnce(): Promise<void> {
    const failed = (err: unknown) => options.logger.warn({ err }, 'webhook delivery round failed');
    try {
      const ids = (await q.select({ id: webhookSubscriptions.id }).from(webhookSubscriptions).where(due())).map((s) => s.id);
      // Drain what is ready, one event at a time, each attempt on the row as it stands then.
      await eachLimited(ids, isPostgres(db) ? PG_PARALLEL : ids.length, async (id) => {
        try {
          while (!stopped && (await claimed(id, deliverNext)));
        } catch (err) {
          failed(err);
        }
      });
    } catch (err) {
      failed(err);
    }
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

/** Portals' webhook subscriptions: register (URL checked by the SSRF guard), list, rotate the secret, replay from a cursor. */
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { decodeFeedCursor } from '../changes/merge.ts';
import { ForbiddenError, InputError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import { hasRole, type Identity } from '../identity.ts';
import { checkWebhookUrl } from './address-guard.ts';
import type { WebhookConfig } from './config.ts';
import { newWebhookSecret } from './sign.ts';
import { webhookDeliveries, webhookSubscriptions, type WebhookSubscriptionRow } from './tables.ts';

const ROLES = ['admin', 'curator', 'portal'] as const;

/** The caller's organisation; admins act for every one. */
function caller(identity: Identity | null): { org: string | null; admin: boolean } {
  if (!identity) throw new UnauthenticatedError('Sign in to manage webhooks.');
  if (!ROLES.some((r) => identity.roles.includes(r))) throw new ForbiddenError('Only portals, curators and admins manage webhooks.');
  const admin = hasRole(identity, 'admin');
  if (!admin && !identity.org) throw new ForbiddenError('Your credential names no organisation.');
  return { org: identity.org ?? null, admin };
}

/** `feedOrder`: the change feed's subgraphs, to check replay cursors. */
export function createWebhookStore(db: BetterSQLite3Database<any>, config: WebhookConfig, feedOrder: readonly string[]) {
  const own = (identity: Identity | null, id: string): WebhookSubscriptionRow => {
    const who = caller(identity);
    const row = db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).get();
    if (!row || (!who.admin && row.org !== who.org)) throw new NotFoundError(`There is no webhook subscription "${id}".`, { field: 'id' });
    return row;
  };
  const get = (id: string) => db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).get()!;

  return {
    async create(identity: Identity | null, url: string, types: string[] | null | undefined) {
      const who = caller(identity);
      if (!who.org) throw new InputError('org', 'An admin registers a webhook as an organisation: use a credential with one.');
      await checkWebhookUrl(url, { allow: config.allow, allowHttp: config.allowHttp });
      const secret = newWebhookSecret();
      const id = randomUUID();
      db.insert(webhookSubscriptions)
        .values({ id, org: who.org, url, types: types ?? [], secrets: [secret], status: 'ACTIVE' })
        .run();
      return { subscription: get(id), secret };
    },
    list(identity: Identity | null): WebhookSubscriptionRow[] {
      const who = caller(identity);
      const all = db.select().from(webhookSubscriptions).all();
      return who.admin ? all : all.filter((s) => s.org === who.org);
    },
    /** A new secret, signing alongside the previous one until the next rotation. */
    rotate(identity: Identity | null, id: string) {
      const row = own(identity, id);
      const secret = newWebhookSecret();
      db.update(webhookSubscriptions)
        .set({ secrets: [secret, row.secrets[0]!] })
        .where(eq(webhookSubscriptions.id, id))
        .run();
      return { subscription: get(id), secret };
    },
    /** Delivers again from `after` (a feed cursor; none: the start), and resumes a paused subscription. */
    replay(identity: Identity | null, id: string, after: string | null | undefined) {
      own(identity, id);
      if (after) decodeFeedCursor(feedOrder, after);
      db.update(webhookSubscriptions)
        .set({ cursor: after ?? null, status: 'ACTIVE', attempts: 0, failingSince: null, nextAttemptAt: null, lastError: null })
        .where(eq(webhookSubscriptions.id, id))
        .run();
      return get(id);
    },
    deliveries(id: string, last: number) {
      return db
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.subscriptionId, id))
        .orderBy(desc(webhookDeliveries.id))
        .limit(Math.min(Math.max(last, 1), 100))
        .all();
    },
  };
}
export type WebhookStore = ReturnType<typeof createWebhookStore>;

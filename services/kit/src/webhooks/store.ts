/** Portals' webhook subscriptions: register (URL checked by the SSRF guard), list, rotate the secret, replay from a cursor. */
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { decodeFeedCursor } from '../changes/merge.ts';
import { ForbiddenError, InputError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import { hasRole, type Identity } from '../identity.ts';
import { checkWebhookUrl } from './address-guard.ts';
import type { WebhookConfig } from './config.ts';
import { type StoreDb, type StoreTx, withTransaction } from '../transaction.ts';
import { lockingRows, webhookTablesOf } from './dialect.ts';
import { newWebhookSecret } from './sign.ts';
import type { WebhookSubscriptionRow } from './tables.ts';

const ROLES = ['admin', 'curator', 'portal'] as const;

/** The caller's organisation; admins act for every one. */
function caller(identity: Identity | null): { org: string | null; admin: boolean } {
  if (!identity) throw new UnauthenticatedError('Sign in to manage webhooks.');
  if (!ROLES.some((r) => identity.roles.includes(r))) throw new ForbiddenError('Only portals, curators and admins manage webhooks.');
  const admin = hasRole(identity, 'admin');
  if (!admin && !identity.org) throw new ForbiddenError('Your credential names no organisation.');
  return { org: identity.org ?? null, admin };
}

/** `feedOrder`: the change feed's subgraphs, to check replay cursors. On either store. */
export function createWebhookStore(db: StoreDb, config: WebhookConfig, feedOrder: readonly string[]) {
  const { webhookSubscriptions, webhookDeliveries } = webhookTablesOf(db);
  const q = db as StoreTx;
  const byId = (on: StoreTx, id: string) => on.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  const get = async (id: string): Promise<WebhookSubscriptionRow> => (await byId(q, id))[0]!;
  /** The caller's subscription `id`, inside `tx`: locked on PostgreSQL, so two rotations run one after the other. */
  const own = async (tx: StoreTx, identity: Identity | null, id: string): Promise<WebhookSubscriptionRow> => {
    const who = caller(identity);
    const [row] = await lockingRows(tx, byId(tx, id));
    if (!row || (!who.admin && row.org !== who.org)) throw new NotFoundError(`There is no webhook subscription "${id}".`, { field: 'id' });
    return row;
  };

  return {
    async create(identity: Identity | null, url: string, types: string[] | null | undefined) {
      const who = caller(identity);
      if (!who.org) throw new InputError('org', 'An admin registers a webhook as an organisation: use a credential with one.');
      await checkWebhookUrl(url, { allow: config.allow, allowHttp: config.allowHttp });
      const secret = newWebhookSecret();
      const id = randomUUID();
      await withTransaction(db, async (tx) => {
        await tx.insert(webhookSubscriptions).values({ id, org: who.org!, url, types: types ?? [], secrets: [secret], status: 'ACTIVE' });
      });
      return { subscription: await get(id), secret };
    },
    async list(identity: Identity | null): Promise<WebhookSubscriptionRow[]> {
      const who = caller(identity);
      const all = await q.select().from(webhookSubscriptions).orderBy(webhookSubscriptions.createdAt, webhookSubscriptions.id);
      return who.admin ? all : all.filter((s) => s.org === who.org);
    },
    /** A new secret, signing alongside the previous one until the next rotation. */
    async rotate(identity: Identity | null, id: string) {
      const secret = newWebhookSecret();
      await withTransaction(db, async (tx) => {
        const row = await own(tx, identity, id);
        await tx
          .update(webhookSubscriptions)
          .set({ secrets: [secret, row.secrets[0]!] })
          .where(eq(webhookSubscriptions.id, id));
      });
      return { subscription: await get(id), secret };
    },
    /** Delivers again from `after` (a feed cursor; none: the start), and resumes a paused subscription. */
    async replay(identity: Identity | null, id: string, after: string | null | undefined) {
      await withTransaction(db, async (tx) => {
        await own(tx, identity, id);
        if (after) decodeFeedCursor(feedOrder, after);
        await tx
          .update(webhookSubscriptions)
          .set({ cursor: after ?? null, status: 'ACTIVE', attempts: 0, failingSince: null, nextAttemptAt: null, lastError: null })
          .where(eq(webhookSubscriptions.id, id));
      });
      return get(id);
    },
    async deliveries(id: string, last: number) {
      return q
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.subscriptionId, id))
        .orderBy(desc(webhookDeliveries.id))
        .limit(Math.min(Math.max(last, 1), 100));
    },
  };
}
export type WebhookStore = ReturnType<typeof createWebhookStore>;

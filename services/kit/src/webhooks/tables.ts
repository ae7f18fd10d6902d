/**
 * Webhook subscriptions of portals and the log of every delivery attempt. Kit owns them like the curation
 * tables; the subgraph that serves webhooks (facilities) lists them in its store/tables.ts and migrations.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sqlNow as now } from '../rows.ts';

export const webhookSubscriptions = sqliteTable('webhook_subscriptions', {
  id: text('id').primaryKey(),
  /** The organisation (portal) that registered it. */
  org: text('org').notNull(),
  url: text('url').notNull(),
  /** CloudEvent types delivered; empty: all. */
  types: text('types', { mode: 'json' }).$type<string[]>().notNull(),
  /** Signing secrets, newest first; two while a rotation is under way. */
  secrets: text('secrets', { mode: 'json' }).$type<string[]>().notNull(),
  /** ACTIVE, or PAUSED after failing for the whole retry window. */
  status: text('status').$type<'ACTIVE' | 'PAUSED'>().notNull(),
  /** Feed cursor after the last delivered event; null: from the subscription's start. */
  cursor: text('cursor'),
  attempts: integer('attempts').notNull().default(0),
  failingSince: text('failing_since'),
  nextAttemptAt: text('next_attempt_at'),
  lastError: text('last_error'),
  createdAt: text('created_at').notNull().default(now),
});

export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subscriptionId: text('subscription_id').notNull(),
    eventId: text('event_id').notNull(),
    attempt: integer('attempt').notNull(),
    /** HTTP status, or null when no answer came. */
    status: integer('status'),
    error: text('error'),
    at: text('at').notNull().default(now),
  },
  (t) => [index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.id)],
);

export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

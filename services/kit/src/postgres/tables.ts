/**
 * Tables kit gives more than one subgraph on PostgreSQL, besides the curation tables: the provenance
 * columns of a curated table, the webhook tables (facilities serves webhooks), the replay guard's
 * nonces (nonce-store.ts) and the small catalogues' search documents (rebuilt-text-search.ts). Same names, columns and row shapes as on SQLite; drizzle-kit loads this file
 * through each subgraph's pg-tables.ts, so it imports tables and types only.
 */
import type { StoredUncertainty } from '../provenance.ts';
import type { Source } from '../rows.ts';
import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { pgNow as now } from './curation-tables.ts';

/** Sources, certainty, uncertainties, verifiedAt, workflow status, version and timestamps (kit/rows.ts on SQLite). */
export const provenanceColumns = () => ({
  sources: jsonb('sources').$type<Source[]>().notNull(),
  certainty: text('certainty').notNull(),
  uncertainties: jsonb('uncertainties').$type<StoredUncertainty[]>().notNull(),
  verifiedAt: text('verified_at'),
  status: text('status').notNull().default('PUBLISHED'),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
});

export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: text('id').primaryKey(),
  org: text('org').notNull(),
  url: text('url').notNull(),
  types: jsonb('types').$type<string[]>().notNull(),
  secrets: jsonb('secrets').$type<string[]>().notNull(),
  status: text('status').$type<'ACTIVE' | 'PAUSED'>().notNull(),
  cursor: text('cursor'),
  attempts: integer('attempts').notNull().default(0),
  failingSince: text('failing_since'),
  nextAttemptAt: text('next_attempt_at'),
  lastError: text('last_error'),
  createdAt: text('created_at').notNull().default(now),
});

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    subscriptionId: text('subscription_id').notNull(),
    eventId: text('event_id').notNull(),
    attempt: integer('attempt').notNull(),
    status: integer('status'),
    error: text('error'),
    at: text('at').notNull().default(now),
  },
  (t) => [index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.id)],
);

/** Nonces of signed subgraph requests answered by any replica, until the signature window has passed. */
export const requestNonces = pgTable(
  'request_nonces',
  {
    nonce: text('nonce').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('request_nonces_expires_idx').on(t.expiresAt)],
);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** One search document per searchable row of a small catalogue, rebuilt whole when its signature changes. */
export const textSearchDocuments = pgTable(
  'text_search_documents',
  {
    /** Which search (`facilities_search`): one subgraph may have several. */
    indexName: text('index_name').notNull(),
    id: text('id').notNull(),
    document: tsvector('document').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indexName, t.id] }), index('text_search_documents_gin').using('gin', t.document)],
);

/** The words of a search's documents, folded: what a misspelt word is corrected to (pg_trgm). */
export const textSearchWords = pgTable(
  'text_search_words',
  {
    indexName: text('index_name').notNull(),
    word: text('word').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indexName, t.word] }), index('text_search_words_trgm').using('gin', t.word.op('gin_trgm_ops'))],
);

/** The signature of the tables each search's documents were built from. */
export const textSearchState = pgTable('text_search_state', {
  indexName: text('index_name').primaryKey(),
  signature: text('signature').notNull(),
});

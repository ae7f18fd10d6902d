/**
 * The curation tables every subgraph has: one `entries` row per curated entity (its workflow state,
 * owner, version, and its published and pending content) and the append-only `revisions`.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** ARCHIVE_REQUESTED: still published; one curator asked to archive it and another has to agree. */
export const ENTRY_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVE_REQUESTED', 'ARCHIVED'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const entries = sqliteTable(
  'entries',
  {
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** The organisation whose curators keep the entry; null for seeded entries nobody has claimed. */
    ownerOrg: text('owner_org'),
    version: integer('version').notNull(),
    status: text('status').$type<EntryStatus>().notNull(),
    /** The content anonymous readers see (also written to the entity's own tables). */
    published: text('published', { mode: 'json' }).$type<Record<string, unknown>>(),
    /** The pending edit: a new entry's first draft, or a change to a published one. */
    draft: text('draft', { mode: 'json' }).$type<Record<string, unknown>>(),
    /** Organisation of whoever started the pending draft (a proposal when it is not the owner). */
    draftOrg: text('draft_org'),
    lastEditorSub: text('last_editor_sub'),
    lastEditorName: text('last_editor_name'),
    lastEditorOrg: text('last_editor_org'),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.entityType, t.entityId] }), index('entries_status_idx').on(t.entityType, t.status)],
);

/** Never updated or deleted: triggers in the migration refuse both. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    version: integer('version').notNull(),
    action: text('action').notNull(),
    actorSub: text('actor_sub').notNull(),
    actorName: text('actor_name'),
    actorOrg: text('actor_org'),
    at: text('at').notNull().default(now),
    changes: text('changes', { mode: 'json' }).$type<FieldChange[]>().notNull(),
    comment: text('comment'),
  },
  (t) => [index('revisions_entity_idx').on(t.entityType, t.entityId, t.version)],
);

export type EntryRow = typeof entries.$inferSelect;
export type RevisionRow = typeof revisions.$inferSelect;

/**
 * Events of the public change feed, appended in the transaction of the publish, archive or restore
 * they describe (outbox.ts). `seq` orders a subgraph's events; `at` never decreases with it.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** published (first publication), updated, archived, restored. */
    action: text('action').notNull(),
    version: integer('version').notNull(),
    /** Names of the public fields the event changed. */
    fields: text('fields', { mode: 'json' }).$type<string[]>().notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('outbox_at_idx').on(t.at)],
);

export type OutboxRow = typeof outbox.$inferSelect;

export { problemReports, REPORT_STATUSES, type ProblemReportRow, type ReportStatus } from './report-table.ts';

/**
 * Answers of writes made with an `Idempotency-Key` (idempotency.ts), stored with the write; `write`
 * numbers the writes of one request. Rows older than 24 hours are ignored and deleted.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    subject: text('subject').notNull(),
    key: text('key').notNull(),
    write: integer('write').notNull(),
    requestHash: text('request_hash').notNull(),
    response: text('response', { mode: 'json' }).$type<EntryRow>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.key, t.write] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

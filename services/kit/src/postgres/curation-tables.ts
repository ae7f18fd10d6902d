/**
 * The curation tables of curation/tables.ts for PostgreSQL (entries, append-only revisions, outbox,
 * problem reports, idempotency keys), same names, columns and row shapes: times stay ISO text so
 * cursors and comparisons behave as on SQLite. What the database itself enforces (append-only,
 * version steps, outbox order) is in the subgraph's hand-written migration (see docs/postgresql.md).
 */
import type { EntryRow, EntryStatus, FieldChange, ReportStatus } from '../curation/tables.ts';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** The time PostgreSQL writes into created_at and updated_at: ISO 8601 UTC with milliseconds, as SQLite's default. */
export const pgNow = sql`to_char(statement_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const entries = pgTable(
  'entries',
  {
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    ownerOrg: text('owner_org'),
    version: integer('version').notNull(),
    status: text('status').$type<EntryStatus>().notNull(),
    published: jsonb('published').$type<Record<string, unknown>>(),
    draft: jsonb('draft').$type<Record<string, unknown>>(),
    draftOrg: text('draft_org'),
    lastEditorSub: text('last_editor_sub'),
    lastEditorName: text('last_editor_name'),
    lastEditorOrg: text('last_editor_org'),
    updatedAt: text('updated_at').notNull().default(pgNow),
  },
  (t) => [primaryKey({ columns: [t.entityType, t.entityId] }), index('entries_status_idx').on(t.entityType, t.status)],
);

/** Never updated, deleted or truncated: triggers in the migration refuse all three. */
export const revisions = pgTable(
  'revisions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    version: integer('version').notNull(),
    action: text('action').notNull(),
    actorSub: text('actor_sub').notNull(),
    actorName: text('actor_name'),
    actorOrg: text('actor_org'),
    at: text('at').notNull().default(pgNow),
    changes: jsonb('changes').$type<FieldChange[]>().notNull(),
    comment: text('comment'),
  },
  (t) => [index('revisions_entity_idx').on(t.entityType, t.entityId, t.version)],
);

/** Append-only too; inserts take a transaction lock so `seq` order is commit order for feed readers. */
export const outbox = pgTable(
  'outbox',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    version: integer('version').notNull(),
    fields: jsonb('fields').$type<string[]>().notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('outbox_at_idx').on(t.at)],
);

export const problemReports = pgTable(
  'problem_reports',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    message: text('message').notNull(),
    email: text('email'),
    status: text('status').$type<ReportStatus>().notNull().default('OPEN'),
    createdAt: text('created_at').notNull().default(pgNow),
    resolvedAt: text('resolved_at'),
    resolvedBySub: text('resolved_by_sub'),
    resolvedByName: text('resolved_by_name'),
    resolvedByOrg: text('resolved_by_org'),
    resolution: text('resolution'),
  },
  (t) => [index('problem_reports_open_idx').on(t.status, t.entityType, t.entityId)],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    subject: text('subject').notNull(),
    key: text('key').notNull(),
    write: integer('write').notNull(),
    requestHash: text('request_hash').notNull(),
    response: jsonb('response').$type<EntryRow>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.key, t.write] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

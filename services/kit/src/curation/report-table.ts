/**
 * Problem reports ("meld een fout"): what a reader says is wrong with a published entry, kept in the
 * subgraph that owns the entry until a curator resolves it. Anonymous, so nothing here is trusted.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const REPORT_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const problemReports = sqliteTable(
  'problem_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    message: text('message').notNull(),
    /** Only for a curator's answer; never shown publicly. */
    email: text('email'),
    status: text('status').$type<ReportStatus>().notNull().default('OPEN'),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    resolvedAt: text('resolved_at'),
    resolvedBySub: text('resolved_by_sub'),
    resolvedByName: text('resolved_by_name'),
    resolvedByOrg: text('resolved_by_org'),
    resolution: text('resolution'),
  },
  (t) => [index('problem_reports_open_idx').on(t.status, t.entityType, t.entityId)],
);

export type ProblemReportRow = typeof problemReports.$inferSelect;

/** Tables of the standards subgraph: standards, their versions, and their Dutch status. */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { StandardSeed } from '@edu-catalogus/seeds';

export type Localized = { nl: string; en?: string | undefined };
export type Source = { url: string; title?: string | undefined };
import type { StoredUncertainty as Uncertainty } from '@edu-catalogus/kit';
export type { Uncertainty };

export const standards = sqliteTable(
  'standards',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    /** An organisation id; organisations are owned by the facilities subgraph. */
    maintainerId: text('maintainer_id').notNull(),
    domain: text('domain').notNull(),
    summary: text('summary', { mode: 'json' }).$type<Localized>().notNull(),
    description: text('description', { mode: 'json' }).$type<Localized>(),
    specificationUrl: text('specification_url'),
    international: integer('international', { mode: 'boolean' }).notNull(),
    forumStatus: text('forum_status'),
    edustandaardAdvice: text('edustandaard_advice'),
    dutchStatus: text('dutch_status', { mode: 'json' }).$type<StandardSeed['dutchStatus']>().notNull(),
    sources: text('sources', { mode: 'json' }).$type<Source[]>().notNull(),
    certainty: text('certainty').notNull(),
    uncertainties: text('uncertainties', { mode: 'json' }).$type<Uncertainty[]>().notNull(),
    /** When the entry's facts were last checked against its sources (YYYY-MM-DD); not when it last changed. */
    verifiedAt: text('verified_at'),
    status: text('status').notNull().default('PUBLISHED'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [index('standards_name_idx').on(t.name, t.id), index('standards_maintainer_idx').on(t.maintainerId)],
);

export const standardVersions = sqliteTable(
  'standard_versions',
  {
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id, { onDelete: 'cascade' }),
    version: text('version').notNull(),
    lifecycle: text('lifecycle').notNull(),
    date: text('date'),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.standardId, t.version] })],
);

/** Sectors a standard applies to, one row each, for filtering. */
export const standardSectors = sqliteTable(
  'standard_sectors',
  {
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id, { onDelete: 'cascade' }),
    sector: text('sector').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sector, t.standardId] }), index('standard_sectors_standard_idx').on(t.standardId)],
);

export type StandardRow = typeof standards.$inferSelect;
export type StandardVersionRow = typeof standardVersions.$inferSelect;
export { entries, idempotencyKeys, revisions, outbox, problemReports } from '@edu-catalogus/kit/curation-tables';

/** Tables of the standards subgraph: standards, their versions, and their Dutch status (drizzle-kit reads this file). */
import type { Db } from '@edu-catalogus/kit/data';
import { type Localized, provenanceColumns } from '@edu-catalogus/kit/rows';
import type { StandardSeed } from '@edu-catalogus/seeds';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type * as tables from './tables.ts';

export type { StoredUncertainty as Uncertainty } from '@edu-catalogus/kit/data';
export type { Localized, Source } from '@edu-catalogus/kit/rows';

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
    ...provenanceColumns(),
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

export type StandardsDb = Db<typeof tables>;
/** A write transaction (or the database) of the standards subgraph. */
export type Tx = Pick<StandardsDb, 'insert' | 'update' | 'delete' | 'select'>;

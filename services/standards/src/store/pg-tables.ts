/**
 * The tables of store/tables.ts for PostgreSQL (drizzle pg-core), with the same names, columns and row
 * shapes (JSON → jsonb, booleans → boolean), plus kit's curation and nonce tables. drizzle-kit generates
 * `drizzle-pg/` from this file (`drizzle-pg.config.ts`); the extensions and database rules are kit's
 * shared migrations, linked there. Search uses kit's shared
 * text_search_* tables (kit/src/postgres/rebuilt-text-search.ts).
 */
import { provenanceColumns } from '@edu-catalogus/kit/postgres-tables';
import type { StandardSeed } from '@edu-catalogus/seeds';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { Localized } from './tables.ts';

export const standards = pgTable(
  'standards',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    maintainerId: text('maintainer_id').notNull(),
    domain: text('domain').notNull(),
    summary: jsonb('summary').$type<Localized>().notNull(),
    description: jsonb('description').$type<Localized>(),
    specificationUrl: text('specification_url'),
    international: boolean('international').notNull(),
    forumStatus: text('forum_status'),
    edustandaardAdvice: text('edustandaard_advice'),
    dutchStatus: jsonb('dutch_status').$type<StandardSeed['dutchStatus']>().notNull(),
    ...provenanceColumns(),
  },
  (t) => [index('standards_name_idx').on(t.name, t.id), index('standards_maintainer_idx').on(t.maintainerId)],
);

export const standardVersions = pgTable(
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

export const standardSectors = pgTable(
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

export { entries, idempotencyKeys, outbox, problemReports, revisions } from '@edu-catalogus/kit/postgres-curation-tables';
export { requestNonces, textSearchDocuments, textSearchState, textSearchWords } from '@edu-catalogus/kit/postgres-tables';

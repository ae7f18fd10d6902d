/**
 * The tables of store/tables.ts for PostgreSQL (drizzle pg-core), with the same names, columns and row
 * shapes (JSON → jsonb), plus kit's curation, webhook and nonce tables. drizzle-kit generates
 * `drizzle-pg/` from this file (`drizzle-pg.config.ts`); the extensions and database rules are kit's
 * shared migrations, linked there. Search uses kit's shared
 * text_search_* tables (kit/src/postgres/rebuilt-text-search.ts).
 */
import { provenanceColumns as provenance } from '@edu-catalogus/kit/postgres-tables';
import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { Localized } from './tables.ts';

export const organisations = pgTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    homepage: text('homepage').notNull(),
    country: text('country'),
    summary: jsonb('summary').$type<Localized>().notNull(),
    ...provenance(),
  },
  (t) => [index('organisations_name_idx').on(t.name, t.id)],
);

export const facilities = pgTable(
  'facilities',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    kind: text('kind').notNull(),
    lifecycle: text('lifecycle').notNull(),
    operatorId: text('operator_id')
      .notNull()
      .references(() => organisations.id),
    homepage: text('homepage'),
    summary: jsonb('summary').$type<Localized>().notNull(),
    description: jsonb('description').$type<Localized>(),
    howToConnect: jsonb('how_to_connect').$type<Localized>(),
    ...provenance(),
  },
  (t) => [index('facilities_name_idx').on(t.name, t.id), index('facilities_operator_idx').on(t.operatorId)],
);

export const facilityLinks = pgTable(
  'facility_links',
  {
    facilityId: text('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.dimension, t.value, t.facilityId] }), index('facility_links_facility_idx').on(t.facilityId, t.dimension)],
);

export { entries, idempotencyKeys, outbox, problemReports, revisions } from '@edu-catalogus/kit/postgres-curation-tables';
export {
  requestNonces,
  textSearchDocuments,
  textSearchState,
  textSearchWords,
  webhookDeliveries,
  webhookSubscriptions,
} from '@edu-catalogus/kit/postgres-tables';

/**
 * The tables of store/tables.ts for PostgreSQL (drizzle pg-core), with the same names, columns and row
 * shapes (JSON → jsonb, booleans → boolean), plus kit's curation and nonce tables. drizzle-kit generates
 * `drizzle-pg/` from this file (`drizzle-pg.config.ts`); the extensions and database rules are kit's
 * shared migrations, linked there. Search uses kit's shared
 * text_search_* tables (kit/src/postgres/rebuilt-text-search.ts).
 */
import type { Localized } from '@edu-catalogus/kit/rows';
import { provenanceColumns } from '@edu-catalogus/kit/postgres-tables';
import type { OfferingSeed } from '@edu-catalogus/seeds';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

export const offerings = pgTable(
  'offerings',
  {
    id: text('id').primaryKey(),
    toolId: text('tool_id').notNull(),
    providerId: text('provider_id').notNull(),
    sectors: jsonb('sectors').$type<string[]>().notNull(),
    dataLocation: jsonb('data_location').$type<OfferingSeed['dataLocation']>().notNull(),
    processorAgreement: text('processor_agreement').notNull(),
    signIn: jsonb('sign_in').$type<string[]>().notNull(),
    price: jsonb('price').$type<OfferingSeed['price']>().notNull(),
    url: text('url').notNull(),
    ...provenanceColumns(),
  },
  (t) => [index('offerings_tool_idx').on(t.toolId, t.id), index('offerings_provider_idx').on(t.providerId, t.id)],
);

export const advice = pgTable(
  'advice',
  {
    id: text('id').primaryKey(),
    productId: text('product_id').notNull(),
    sector: text('sector').notNull(),
    recommend: jsonb('recommend').$type<string[]>().notNull(),
    alsoConsider: jsonb('also_consider').$type<string[]>().notNull(),
    summary: jsonb('summary').$type<Localized>().notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    caveats: jsonb('caveats').$type<string[]>().notNull(),
    ...provenanceColumns(),
  },
  (t) => [index('advice_product_idx').on(t.productId, t.sector)],
);

export const schools = pgTable('schools', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  sectors: jsonb('sectors').$type<string[]>().notNull(),
  municipality: text('municipality'),
  province: text('province'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const usageDeclarations = pgTable(
  'usage_declarations',
  {
    id: text('id').primaryKey(),
    schoolId: text('school_id')
      .notNull()
      .references(() => schools.id),
    toolId: text('tool_id').notNull(),
    since: text('since').notNull(),
    purpose: text('purpose'),
    note: text('note'),
    noteStatus: text('note_status'),
    noteRejection: text('note_rejection'),
    noteReviewedAt: text('note_reviewed_at'),
    namedPublicly: boolean('named_publicly').notNull(),
    contactable: boolean('contactable').notNull(),
    version: integer('version').notNull(),
    declaredAt: text('declared_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('usage_declarations_school_tool_idx').on(t.schoolId, t.toolId), index('usage_declarations_tool_idx').on(t.toolId)],
);

/** Who changed what (store/tables.ts); `seq` orders it as on SQLite. */
export const usageAudit = pgTable(
  'usage_audit',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    schoolId: text('school_id').notNull(),
    toolId: text('tool_id'),
    action: text('action').notNull(),
    sub: text('sub').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('usage_audit_school_at_idx').on(t.schoolId, t.at)],
);

export { entries, outbox, revisions } from '@edu-catalogus/kit/postgres-curation-tables';
export { requestNonces, textSearchDocuments, textSearchState, textSearchWords } from '@edu-catalogus/kit/postgres-tables';

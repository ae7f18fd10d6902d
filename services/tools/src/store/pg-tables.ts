/**
 * The tables of store/tables.ts for PostgreSQL (drizzle pg-core), with the same names, columns and row
 * shapes, plus the search documents of pg-search.ts. drizzle-kit generates `drizzle-pg/` from this file
 * (`drizzle-pg.config.ts`); the extensions, text search configurations and triggers are hand-written
 * migrations there. Types only from seeds: drizzle-kit loads this file on its own.
 */
import { provenanceColumns as provenance } from '@edu-catalogus/kit/postgres-tables';
import type { LicenseSeed, ToolSeed } from '@edu-catalogus/seeds';
import { boolean, customType, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

type Localized = { nl: string; en?: string | undefined };
type Source = { url: string; title?: string | undefined };

export const categories = pgTable('categories', {
  id: text('id').primaryKey(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  publiccode: text('publiccode'),
  ...provenance(),
});

export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    vendor: text('vendor').notNull(),
    vendorCountry: text('vendor_country').notNull(),
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id),
    homepage: text('homepage').notNull(),
    summary: jsonb('summary').$type<Localized>().notNull(),
    discontinued: boolean('discontinued').notNull().default(false),
    discontinuedOn: text('discontinued_on'),
    discontinuedSource: jsonb('discontinued_source').$type<Source>(),
    discontinuedNote: jsonb('discontinued_note').$type<Localized>(),
    ...provenance(),
  },
  (t) => [index('products_name_idx').on(t.name)],
);

export const productNames = pgTable(
  'product_names',
  {
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    normalized: text('normalized').notNull(),
    isAlias: boolean('is_alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.normalized] }), index('product_names_normalized_idx').on(t.normalized)],
);

export const tools = pgTable(
  'tools',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    summary: jsonb('summary').$type<Localized>().notNull(),
    description: jsonb('description').$type<Localized>(),
    homepage: text('homepage').notNull(),
    repository: text('repository'),
    licenseExpression: text('license_expression').notNull(),
    licenseOsiApproved: boolean('license_osi_approved').notNull(),
    license: jsonb('license').$type<LicenseSeed>().notNull(),
    developmentStatus: text('development_status').notNull(),
    maintenance: text('maintenance'),
    maintainer: text('maintainer'),
    features: jsonb('features').$type<ToolSeed['features']>(),
    privacy: jsonb('privacy').$type<ToolSeed['privacy']>(),
    accessibility: jsonb('accessibility').$type<Localized>(),
    curatedBy: text('curated_by'),
    ...provenance(),
  },
  (t) => [index('tools_name_idx').on(t.name, t.id), index('tools_updated_idx').on(t.updatedAt, t.id)],
);

export const toolFacets = pgTable(
  'tool_facets',
  {
    toolId: text('tool_id')
      .notNull()
      .references(() => tools.id, { onDelete: 'cascade' }),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.dimension, t.value, t.toolId] }), index('tool_facets_tool_idx').on(t.toolId, t.dimension)],
);

export const alternatives = pgTable(
  'alternatives',
  {
    toolId: text('tool_id')
      .notNull()
      .references(() => tools.id, { onDelete: 'cascade' }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    fit: text('fit').notNull(),
    notes: jsonb('notes').$type<Localized>(),
    reviewedBy: text('reviewed_by'),
  },
  (t) => [primaryKey({ columns: [t.toolId, t.productId] }), index('alternatives_product_idx').on(t.productId)],
);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One search document per tool (pg-search.ts writes it in the writer's transaction): the weighted
 * Dutch + English + plain-word tsvector of its name (A), replaced products (B), categories, features
 * and summary (C) and description (D), with the synonym-group tokens the text earns.
 */
export const toolSearchDocuments = pgTable(
  'tool_search_documents',
  {
    toolId: text('tool_id')
      .primaryKey()
      .references(() => tools.id, { onDelete: 'cascade' }),
    /** The name folded (normalizeText), the NAME and RELEVANCE orders' key as in the SQLite search. */
    nameKey: text('name_key').notNull(),
    document: tsvector('document').notNull(),
  },
  (t) => [index('tool_search_documents_gin').using('gin', t.document), index('tool_search_documents_name_idx').on(t.nameKey, t.toolId)],
);

/** Every word the documents hold, folded: what a misspelt search word is corrected to (pg_trgm). */
export const toolSearchWords = pgTable('tool_search_words', { word: text('word').primaryKey() }, (t) => [
  index('tool_search_words_trgm').using('gin', t.word.op('gin_trgm_ops')),
]);

export { entries, idempotencyKeys, outbox, problemReports, revisions } from '@edu-catalogus/kit/postgres-curation-tables';
export { requestNonces } from '@edu-catalogus/kit/postgres-tables';

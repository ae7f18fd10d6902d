/**
 * Tables of the tools subgraph (tools, products, the alternatives between them, categories), their
 * row types and the database handle. Types only from seeds: drizzle-kit loads this file on its own.
 */
import type { Db, StoredUncertainty as Uncertainty } from '@edu-catalogus/kit/data';
import type { LicenseSeed, ToolSeed } from '@edu-catalogus/seeds';
import { relations, sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type * as tables from './tables.ts';

/**
 * The tools database as kit's openDatabase opens it with these tables. Every read and write takes it;
 * a write that is part of a curation step runs inside that step's transaction on the same connection.
 */
export type ToolsDb = Db<typeof tables>;

export type Localized = { nl: string; en?: string | undefined };
export type Source = { url: string; title?: string | undefined };
export type { Uncertainty };

/** The time SQLite writes into created_at and updated_at. */
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

const provenance = () => ({
  sources: text('sources', { mode: 'json' }).$type<Source[]>().notNull(),
  certainty: text('certainty').notNull(),
  uncertainties: text('uncertainties', { mode: 'json' }).$type<Uncertainty[]>().notNull(),
  /** When the entry's facts were last checked against its sources (YYYY-MM-DD); not when it last changed. */
  verifiedAt: text('verified_at'),
  status: text('status').notNull().default('PUBLISHED'),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
});

export const categories = sqliteTable('categories', {
  id: text('id').primaryKey(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  publiccode: text('publiccode'),
  ...provenance(),
});

export const products = sqliteTable(
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
    summary: text('summary', { mode: 'json' }).$type<Localized>().notNull(),
    discontinued: integer('discontinued', { mode: 'boolean' }).notNull().default(false),
    /** When the end was (or will be) reached: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
    discontinuedOn: text('discontinued_on'),
    discontinuedSource: text('discontinued_source', { mode: 'json' }).$type<Source>(),
    discontinuedNote: text('discontinued_note', { mode: 'json' }).$type<Localized>(),
    ...provenance(),
  },
  (t) => [index('products_name_idx').on(t.name)],
);

/** Every name a product answers to (its name and aliases), normalised for matching typed text. */
export const productNames = sqliteTable(
  'product_names',
  {
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    normalized: text('normalized').notNull(),
    isAlias: integer('is_alias', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.normalized] }), index('product_names_normalized_idx').on(t.normalized)],
);

export const tools = sqliteTable(
  'tools',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    summary: text('summary', { mode: 'json' }).$type<Localized>().notNull(),
    description: text('description', { mode: 'json' }).$type<Localized>(),
    homepage: text('homepage').notNull(),
    repository: text('repository'),
    licenseExpression: text('license_expression').notNull(),
    licenseOsiApproved: integer('license_osi_approved', { mode: 'boolean' }).notNull(),
    license: text('license', { mode: 'json' }).$type<LicenseSeed>().notNull(),
    developmentStatus: text('development_status').notNull(),
    maintenance: text('maintenance'),
    maintainer: text('maintainer'),
    features: text('features', { mode: 'json' }).$type<ToolSeed['features']>(),
    privacy: text('privacy', { mode: 'json' }).$type<ToolSeed['privacy']>(),
    accessibility: text('accessibility', { mode: 'json' }).$type<Localized>(),
    curatedBy: text('curated_by'),
    ...provenance(),
  },
  (t) => [index('tools_name_idx').on(t.name, t.id), index('tools_updated_idx').on(t.updatedAt, t.id)],
);

/**
 * The multi-valued facts a tool is filtered and faceted on, one row per value: sector, platform,
 * hosting, language, license (each SPDX id), category, standard, facility, replaces, status.
 */
export const toolFacets = sqliteTable(
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

export const alternatives = sqliteTable(
  'alternatives',
  {
    toolId: text('tool_id')
      .notNull()
      .references(() => tools.id, { onDelete: 'cascade' }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    fit: text('fit').notNull(),
    notes: text('notes', { mode: 'json' }).$type<Localized>(),
    reviewedBy: text('reviewed_by'),
  },
  (t) => [primaryKey({ columns: [t.toolId, t.productId] }), index('alternatives_product_idx').on(t.productId)],
);

export const toolsRelations = relations(tools, ({ many }) => ({ facets: many(toolFacets), alternatives: many(alternatives) }));
export const productsRelations = relations(products, ({ many, one }) => ({
  names: many(productNames),
  alternatives: many(alternatives),
  category: one(categories, { fields: [products.categoryId], references: [categories.id] }),
}));

export type ToolRow = typeof tools.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
export type CategoryRow = typeof categories.$inferSelect;
export type AlternativeRow = typeof alternatives.$inferSelect;
export { entries, idempotencyKeys, revisions, outbox, problemReports } from '@edu-catalogus/kit/curation-tables';

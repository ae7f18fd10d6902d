/** Tables of the schools subgraph: offerings, advice, schools and their usage declarations (drizzle-kit reads this file). */
import type { Db } from '@edu-catalogus/kit/data';
import { type Localized, provenanceColumns } from '@edu-catalogus/kit/rows';
import type { OfferingSeed } from '@edu-catalogus/seeds';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type * as tables from './tables.ts';

/** A tool run ready to use by a provider (an organisation of the facilities subgraph). */
export const offerings = sqliteTable(
  'offerings',
  {
    id: text('id').primaryKey(),
    /** A tool id; tools are owned by the tools subgraph. */
    toolId: text('tool_id').notNull(),
    /** An organisation id; organisations are owned by the facilities subgraph. */
    providerId: text('provider_id').notNull(),
    sectors: text('sectors', { mode: 'json' }).$type<string[]>().notNull(),
    dataLocation: text('data_location', { mode: 'json' }).$type<OfferingSeed['dataLocation']>().notNull(),
    processorAgreement: text('processor_agreement').notNull(),
    signIn: text('sign_in', { mode: 'json' }).$type<string[]>().notNull(),
    price: text('price', { mode: 'json' }).$type<OfferingSeed['price']>().notNull(),
    url: text('url').notNull(),
    ...provenanceColumns(),
  },
  (t) => [index('offerings_tool_idx').on(t.toolId, t.id), index('offerings_provider_idx').on(t.providerId, t.id)],
);

/** What curators advise instead of a product in one sector; the id is `<product>--<sector>`. */
export const advice = sqliteTable(
  'advice',
  {
    id: text('id').primaryKey(),
    /** A product id; products are owned by the tools subgraph. */
    productId: text('product_id').notNull(),
    sector: text('sector').notNull(),
    recommend: text('recommend', { mode: 'json' }).$type<string[]>().notNull(),
    alsoConsider: text('also_consider', { mode: 'json' }).$type<string[]>().notNull(),
    summary: text('summary', { mode: 'json' }).$type<Localized>().notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    caveats: text('caveats', { mode: 'json' }).$type<string[]>().notNull(),
    ...provenanceColumns(),
  },
  (t) => [index('advice_product_idx').on(t.productId, t.sector)],
);

/** An institution by its BRIN code; never public (only counted, or named when a declaration opts in). */
export const schools = sqliteTable('schools', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  sectors: text('sectors', { mode: 'json' }).$type<string[]>().notNull(),
  municipality: text('municipality'),
  province: text('province'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** A school's use of a tool: one per school and tool; a withdrawn declaration is deleted (the audit keeps who and when). */
export const usageDeclarations = sqliteTable(
  'usage_declarations',
  {
    /** Random, so an id curators see does not reveal the school. */
    id: text('id').primaryKey(),
    schoolId: text('school_id')
      .notNull()
      .references(() => schools.id),
    /** A tool id; tools are owned by the tools subgraph. */
    toolId: text('tool_id').notNull(),
    since: text('since').notNull(),
    purpose: text('purpose'),
    note: text('note'),
    /** PENDING, APPROVED or REJECTED; null without a note. */
    noteStatus: text('note_status'),
    noteRejection: text('note_rejection'),
    noteReviewedAt: text('note_reviewed_at'),
    namedPublicly: integer('named_publicly', { mode: 'boolean' }).notNull(),
    contactable: integer('contactable', { mode: 'boolean' }).notNull(),
    version: integer('version').notNull(),
    declaredAt: text('declared_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('usage_declarations_school_tool_idx').on(t.schoolId, t.toolId), index('usage_declarations_tool_idx').on(t.toolId)],
);

/**
 * Who changed what, for audit and the hourly limit: the institution and the pseudonymous subject of the
 * token only (no names, no e-mail). Curators' note reviews are recorded here too.
 */
export const usageAudit = sqliteTable(
  'usage_audit',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    schoolId: text('school_id').notNull(),
    toolId: text('tool_id'),
    /** declared, updated, withdrawn, profile, note-approved, note-rejected. */
    action: text('action').notNull(),
    sub: text('sub').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('usage_audit_school_at_idx').on(t.schoolId, t.at)],
);

export type OfferingRow = typeof offerings.$inferSelect;
export type SchoolRow = typeof schools.$inferSelect;
export type UsageDeclarationRow = typeof usageDeclarations.$inferSelect;
export type AdviceRow = typeof advice.$inferSelect;
export { entries, outbox, revisions } from '@edu-catalogus/kit/curation-tables';

export type SchoolsDb = Db<typeof tables>;
/** A write transaction (or the database) of the schools subgraph. */
export type Tx = Pick<SchoolsDb, 'insert' | 'update' | 'delete' | 'select'>;

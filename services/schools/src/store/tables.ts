/** Tables of the schools subgraph: offerings and advice (drizzle-kit reads this file). */
import type { Db } from '@edu-catalogus/kit/data';
import { type Localized, provenanceColumns } from '@edu-catalogus/kit/rows';
import type { OfferingSeed } from '@edu-catalogus/seeds';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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

export type OfferingRow = typeof offerings.$inferSelect;
export type AdviceRow = typeof advice.$inferSelect;
export { entries, outbox, revisions } from '@edu-catalogus/kit/curation-tables';

export type SchoolsDb = Db<typeof tables>;
/** A write transaction (or the database) of the schools subgraph. */
export type Tx = Pick<SchoolsDb, 'insert' | 'update' | 'delete' | 'select'>;

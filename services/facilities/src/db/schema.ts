/** Tables of the facilities subgraph: national facilities and the organisations behind them. */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export type Localized = { nl: string; en?: string | undefined };
export type Source = { url: string; title?: string | undefined };
import type { StoredUncertainty as Uncertainty } from '@edu-catalogus/kit';
export type { Uncertainty };

const provenance = () => ({
  sources: text('sources', { mode: 'json' }).$type<Source[]>().notNull(),
  certainty: text('certainty').notNull(),
  uncertainties: text('uncertainties', { mode: 'json' }).$type<Uncertainty[]>().notNull(),
  /** When the entry's facts were last checked against its sources (YYYY-MM-DD); not when it last changed. */
  verifiedAt: text('verified_at'),
  status: text('status').notNull().default('PUBLISHED'),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    homepage: text('homepage').notNull(),
    country: text('country'),
    summary: text('summary', { mode: 'json' }).$type<Localized>().notNull(),
    ...provenance(),
  },
  (t) => [index('organisations_name_idx').on(t.name, t.id)],
);

export const facilities = sqliteTable(
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
    summary: text('summary', { mode: 'json' }).$type<Localized>().notNull(),
    description: text('description', { mode: 'json' }).$type<Localized>(),
    howToConnect: text('how_to_connect', { mode: 'json' }).$type<Localized>(),
    ...provenance(),
  },
  (t) => [index('facilities_name_idx').on(t.name, t.id), index('facilities_operator_idx').on(t.operatorId)],
);

/** Multi-valued facts of a facility, one row per value: sector, partner, dependsOn, standard. */
export const facilityLinks = sqliteTable(
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

export type OrganisationRow = typeof organisations.$inferSelect;
export type FacilityRow = typeof facilities.$inferSelect;
export { entries, idempotencyKeys, revisions, outbox, problemReports } from '@edu-catalogus/kit/curation-tables';
export { webhookSubscriptions, webhookDeliveries } from './webhook-tables.ts';

/** Tables of the facilities subgraph: national facilities and the organisations behind them (drizzle-kit reads this file). */
import type { Db } from '@edu-catalogus/kit/data';
import { type Localized, provenanceColumns as provenance } from '@edu-catalogus/kit/rows';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type * as tables from './tables.ts';

export type { StoredUncertainty as Uncertainty } from '@edu-catalogus/kit/data';
export type { Localized, Source } from '@edu-catalogus/kit/rows';

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
export { webhookSubscriptions, webhookDeliveries } from '@edu-catalogus/kit/webhook-tables';

export type FacilitiesDb = Db<typeof tables>;
/** A write transaction (or the database) of the facilities subgraph. */
export type Tx = Pick<FacilitiesDb, 'insert' | 'update' | 'delete' | 'select'>;

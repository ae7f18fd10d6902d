/** Tables of the schools subgraph (drizzle-kit reads this file). */
import type { Db } from '@edu-catalogus/kit';
import { type Localized, provenanceColumns } from '@edu-catalogus/kit/rows';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type * as tables from './tables.ts';

export const offeringRows = sqliteTable(
  'offerings',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    summary: text('summary', { mode: 'json' }).$type<Localized>().notNull(),
    ...provenanceColumns(),
  },
  (t) => [index('offerings_name_idx').on(t.name, t.id)],
);

export type OfferingRow = typeof offeringRows.$inferSelect;
export { entries, outbox, revisions } from '@edu-catalogus/kit/curation-tables';

export type SchoolsDb = Db<typeof tables>;

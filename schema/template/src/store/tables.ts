/** Tables of the __name__ subgraph (drizzle-kit reads this file). */
import type { Db } from '@edu-catalogus/kit/data';
import { type Localized, provenanceColumns } from '@edu-catalogus/kit/rows';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type * as tables from './tables.ts';

export const __entity__Rows = sqliteTable(
  '__entities__',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    summary: text('summary', { mode: 'json' }).$type<Localized>().notNull(),
    ...provenanceColumns(),
  },
  (t) => [index('__entities___name_idx').on(t.name, t.id)],
);

export type __Entity__Row = typeof __entity__Rows.$inferSelect;
export { entries, outbox, revisions } from '@edu-catalogus/kit/curation-tables';

export type __Name__Db = Db<typeof tables>;

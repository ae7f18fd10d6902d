/** The standards' text index (migration 0002_search): rebuilt when a standard changes, in kit's search thread. */
import { createRebuiltTextSearch, type RebuiltTextSearchSpec } from '@edu-catalogus/kit/search';
import { eq, sql } from 'drizzle-orm';
import { type Localized, type StandardRow, type StandardsDb, standards } from '../tables.ts';

const published = eq(standards.status, 'PUBLISHED');
const both = (text: Localized | null | undefined) => (text ? [text.nl, text.en ?? ''].join('\n') : '');

/** A published standard's searchable texts (the PostgreSQL twin, pg-standard-search.ts, indexes the same). */
export const standardDocument = (s: Pick<StandardRow, 'id' | 'name' | 'acronym' | 'summary' | 'description'>) => ({
  id: s.id,
  name: s.name,
  acronym: s.acronym ?? '',
  summary: both(s.summary),
  description: both(s.description),
});

/** Imported by the search thread too (by module and name). */
export const standardSearch: RebuiltTextSearchSpec = {
  module: import.meta.url,
  name: 'standardSearch',
  table: 'standards_search',
  signature: sql`SELECT count(*) || '/' || max(${standards.updatedAt}) || '/' || total(${standards.version}) || '/' || total(${standards.status} = 'PUBLISHED') AS s FROM ${standards}`,
  documents: (tx) => tx.select().from(standards).where(published).all().map(standardDocument),
};

export const createStandardSearch = (db: StandardsDb) => createRebuiltTextSearch(db, standardSearch);

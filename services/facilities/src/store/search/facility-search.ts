/** The facilities' text index (migration 0002_search): rebuilt when a facility or organisation changes, in kit's search thread. */
import { createRebuiltTextSearch, type RebuiltTextSearchSpec } from '@edu-catalogus/kit/search';
import { eq, sql } from 'drizzle-orm';
import { type FacilitiesDb, type FacilityRow, facilities, type Localized, organisations } from '../tables.ts';

const published = eq(facilities.status, 'PUBLISHED');
const both = (...texts: (Localized | null | undefined)[]) => texts.flatMap((t) => (t ? [t.nl, t.en ?? ''] : [])).join('\n');
const signature = (table: typeof facilities | typeof organisations) =>
  sql`SELECT count(*) || '/' || max(${table.updatedAt}) || '/' || total(${table.version}) || '/' || total(${table.status} = 'PUBLISHED') FROM ${table}`;

type FacilityTexts = Pick<FacilityRow, 'id' | 'name' | 'acronym' | 'summary' | 'description' | 'howToConnect'>;

/** A published facility's searchable texts (the PostgreSQL twin, pg-facility-search.ts, indexes the same). */
export function facilityDocument({ facility: f, operator, operatorShort }: { facility: FacilityTexts; operator: string | null; operatorShort: string | null }) {
  return {
    id: f.id,
    name: f.name,
    acronym: f.acronym ?? '',
    operator: [operator, operatorShort].filter(Boolean).join(' '),
    summary: both(f.summary),
    description: both(f.description, f.howToConnect),
  };
}

/** Imported by the search thread too (by module and name). */
export const facilitySearch: RebuiltTextSearchSpec = {
  module: import.meta.url,
  name: 'facilitySearch',
  table: 'facilities_search',
  signature: sql`SELECT (${signature(facilities)}) AS f, (${signature(organisations)}) AS o`,
  documents: (tx) =>
    tx
      .select({ facility: facilities, operator: organisations.name, operatorShort: organisations.shortName })
      .from(facilities)
      .leftJoin(organisations, eq(organisations.id, facilities.operatorId))
      .where(published)
      .all()
      .map(facilityDocument),
};

export const createFacilitySearch = (db: FacilitiesDb) => createRebuiltTextSearch(db, facilitySearch);

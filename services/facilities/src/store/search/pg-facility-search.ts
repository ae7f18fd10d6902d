/**
 * The facilities' text search on PostgreSQL (kit's createPgRebuiltTextSearch): the same documents as
 * facility-search.ts, rebuilt in kit's shared text_search_* tables when a facility or organisation changes.
 */
import { createPgRebuiltTextSearch, type PgDb, type PgRebuiltTextSearchSpec } from '@edu-catalogus/kit/postgres';
import { eq, sql } from 'drizzle-orm';
import type * as tables from '../pg-tables.ts';
import { facilities, organisations } from '../pg-tables.ts';
import { facilityDocument } from './facility-search.ts';

/** The subgraph's PostgreSQL database (pg-open.ts's type, from the tables: search stays below the stores). */
type FacilitiesPgDb = PgDb<typeof tables>;

const signature = (table: typeof facilities | typeof organisations) =>
  sql`SELECT count(*) || '/' || max(${table.updatedAt}) || '/' || sum(${table.version}) || '/' || count(*) FILTER (WHERE ${table.status} = 'PUBLISHED') FROM ${table}`;

export const pgFacilitySearch: PgRebuiltTextSearchSpec<FacilitiesPgDb> = {
  table: 'facilities_search',
  signature: sql`SELECT (${signature(facilities)}) AS f, (${signature(organisations)}) AS o`,
  documents: async (tx) =>
    (
      await tx
        .select({ facility: facilities, operator: organisations.name, operatorShort: organisations.shortName })
        .from(facilities)
        .leftJoin(organisations, eq(organisations.id, facilities.operatorId))
        .where(eq(facilities.status, 'PUBLISHED'))
    ).map(facilityDocument),
};

export const createPgFacilitySearch = (db: FacilitiesPgDb) => createPgRebuiltTextSearch(db, pgFacilitySearch);

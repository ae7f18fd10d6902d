/**
 * The standards' text search on PostgreSQL (kit's createPgRebuiltTextSearch): the same documents as
 * standard-search.ts, rebuilt in kit's shared text_search_* tables when a standard changes.
 */
import { createPgRebuiltTextSearch, type PgDb, type PgRebuiltTextSearchSpec } from '@edu-catalogus/kit/postgres';
import { eq, sql } from 'drizzle-orm';
import type * as tables from '../pg-tables.ts';
import { standards } from '../pg-tables.ts';
import { standardDocument } from './standard-search.ts';

/** The subgraph's PostgreSQL database (pg-open.ts's type, from the tables: search stays below the stores). */
type StandardsPgDb = PgDb<typeof tables>;

export const pgStandardSearch: PgRebuiltTextSearchSpec<StandardsPgDb> = {
  table: 'standards_search',
  signature: sql`SELECT count(*) || '/' || max(${standards.updatedAt}) || '/' || sum(${standards.version}) || '/' || count(*) FILTER (WHERE ${standards.status} = 'PUBLISHED') AS s FROM ${standards}`,
  documents: async (tx) => (await tx.select().from(standards).where(eq(standards.status, 'PUBLISHED'))).map(standardDocument),
};

export const createPgStandardSearch = (db: StandardsPgDb) => createPgRebuiltTextSearch(db, pgStandardSearch);

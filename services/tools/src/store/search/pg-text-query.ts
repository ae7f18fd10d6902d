/**
 * Free search text -> a tsquery over the tools' own documents (`tool_search_documents`) and word list
 * (`tool_search_words`), by kit's PostgreSQL text query (kit/src/postgres/text-query.ts), which the
 * small catalogues' searches share.
 */
import { createPgTextQuery as createKitTextQuery } from '@edu-catalogus/kit/postgres';
import { sql } from 'drizzle-orm';
import type { PgSearchDb } from './pg-documents.ts';

export { matchQuery, type PgResolvedSearch, termQuery } from '@edu-catalogus/kit/postgres';

export const createPgTextQuery = (db: PgSearchDb) => createKitTextQuery(db, { documents: sql`tool_search_documents`, words: sql`tool_search_words` });

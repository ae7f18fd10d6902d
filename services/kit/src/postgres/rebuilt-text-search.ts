/**
 * rebuilt-text-search.ts on PostgreSQL, for the small catalogues (facilities, standards, offerings):
 * the same spec shape (a signature of the source tables, the documents: `id` plus one text per field)
 * and the same answer (`id IN (ids matching the search)`, or undefined when the text has no searchable
 * word). The documents live in kit's shared `text_search_documents`/`text_search_words` tables (tables.ts),
 * so every replica searches one index: a search first compares the tables' signature with the one the
 * documents were built for and, when it changed, rebuilds them in a transaction under an advisory lock
 * (a replica that waited finds the work done). A search sent after a write was acknowledged sees it.
 * Each document holds its texts stemmed in Dutch and English and as kit's folded words with their
 * synonym tokens; text-query.ts reads the search text by the SQLite search's rules.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { synonymTokens } from '../search-query.ts';
import { wordsOf } from '../text-index.ts';
import { checkFreeText } from '../text-limits.ts';
import { normalizeText } from '../text.ts';
import { createPgTextQuery, type PgSearchableDb } from './text-query.ts';

export interface PgRebuiltTextSearchSpec<D extends PgSearchableDb = PgSearchableDb> {
  /** The search's name (`facilities_search`, as the SQLite FTS5 table). */
  table: string;
  /** One row that changes whenever a searchable fact does (count, max(updated_at), sum(version) ...). */
  signature: SQL;
  /** The documents to index: `id` plus one string per field. */
  documents: (db: D) => Promise<Record<string, string>[]>;
}

/** Every field's text with kit's folded words and the synonym tokens they earn (the 'simple' part). */
const plainWords = (texts: string[]) => texts.map((text) => [normalizeText(text), ...synonymTokens(text)].join(' ')).join(' ');

export function createPgRebuiltTextSearch<D extends PgSearchableDb>(db: D, spec: PgRebuiltTextSearchSpec<D>) {
  const name = spec.table;
  const state = sql`SELECT (SELECT row_to_json(search_signature.*)::text FROM (${spec.signature}) search_signature) AS current,
    (SELECT signature FROM text_search_state WHERE index_name = ${name}) AS stored`;
  const text = createPgTextQuery(db, {
    documents: sql`(SELECT document FROM text_search_documents WHERE index_name = ${name}) documents`,
    words: sql`(SELECT word FROM text_search_words WHERE index_name = ${name}) words`,
  });
  let rebuilds = 0;

  const stale = async (on: PgSearchableDb) => {
    const [row] = (await on.execute<{ current: string; stored: string | null }>(state)).rows;
    return row?.current !== row?.stored;
  };

  async function sync(): Promise<void> {
    if (!(await stale(db))) return;
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`edu-catalogus text search ${name}`}))`);
      // The signature is read before the documents: a write between them only makes the next search rebuild again.
      const [row] = (await tx.execute<{ current: string; stored: string | null }>(state)).rows;
      if (row?.current === row?.stored) return;
      const documents = await spec.documents(tx as unknown as D);
      const rows = documents.map(({ id, ...fields }) => {
        const texts = Object.values(fields);
        return { id, text: texts.join('\n'), words: plainWords(texts) };
      });
      await tx.execute(sql`DELETE FROM text_search_documents WHERE index_name = ${name}`);
      await tx.execute(sql`DELETE FROM text_search_words WHERE index_name = ${name}`);
      await tx.execute(sql`INSERT INTO text_search_documents (index_name, id, document)
        SELECT ${name}, d.id, to_tsvector('catalogue_nl', d.text) || to_tsvector('catalogue_en', d.text) || to_tsvector('simple', d.words)
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS d(id text, text text, words text)`);
      const words = [...wordsOf(documents.flatMap(({ id: _id, ...fields }) => Object.values(fields)))];
      await tx.execute(
        sql`INSERT INTO text_search_words (index_name, word) SELECT ${name}, value FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb)`,
      );
      await tx.execute(sql`INSERT INTO text_search_state (index_name, signature) VALUES (${name}, ${row?.current ?? ''})
        ON CONFLICT (index_name) DO UPDATE SET signature = excluded.signature`);
      rebuilds++;
    });
  }

  return {
    sync,
    /** Rebuilds this process did (tests count work, not time). */
    get rebuilds() {
      return rebuilds;
    },
    /** `idColumn IN (ids matching the search)`, or undefined when the text has no searchable word. */
    async condition(idColumn: PgColumn, search: string | null | undefined): Promise<SQL | undefined> {
      if (search == null) return undefined;
      checkFreeText('search', search);
      await sync();
      const resolved = await text.resolve(search);
      return resolved ? sql`${idColumn} IN (SELECT id FROM text_search_documents WHERE index_name = ${name} AND document @@ (${resolved.query}))` : undefined;
    },
  };
}
export type PgRebuiltTextSearch = ReturnType<typeof createPgRebuiltTextSearch>;

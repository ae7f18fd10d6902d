/**
 * Search for small catalogues (facilities, standards: tens of rows): an FTS5 table with an `id`
 * column, rebuilt whenever a signature of the source tables changes. Rebuilding 50 rows costs less
 * than a millisecond and needs no hook in every writer; the search rules are those of text-index.ts.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { BaseSQLiteDatabase, SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { withSynonymTokens } from './search-query.ts';
import { createTextIndex } from './text-index.ts';
import { checkFreeText } from './text-limits.ts';

type AnyDb = BaseSQLiteDatabase<'sync', unknown, Record<string, unknown>>;

export interface RebuiltTextSearchOptions {
  /** One row that changes whenever a searchable fact does (count, max(updated_at), total(version) ...). */
  signature: SQL;
  /** The documents to index: `id` plus one string per FTS column. */
  documents: (db: AnyDb) => Record<string, string>[];
}

export function createRebuiltTextSearch(db: AnyDb, table: string, options: RebuiltTextSearchOptions) {
  const fts = sql.identifier(table);
  const index = createTextIndex(db, table);
  let indexed: string | undefined;

  function sync(): void {
    const signature = JSON.stringify(db.get(options.signature));
    if (signature === indexed) return;
    db.transaction(
      (tx) => {
        tx.run(sql`DELETE FROM ${fts}`);
        const documents = options.documents(tx);
        for (const doc of documents) {
          const columns = Object.keys(doc);
          const names = sql.join(
            columns.map((c) => sql.identifier(c)),
            sql`, `,
          );
          const values = columns.map((c) => (c === 'id' ? doc[c]! : withSynonymTokens(doc[c]!)));
          tx.run(
            sql`INSERT INTO ${fts}(${names}) VALUES (${sql.join(
              values.map((v) => sql`${v}`),
              sql`, `,
            )})`,
          );
        }
        createTextIndex(tx, table).addWords(
          documents.flatMap((doc) =>
            Object.entries(doc)
              .filter(([c]) => c !== 'id')
              .map(([, text]) => text),
          ),
        );
      },
      { behavior: 'immediate' },
    );
    indexed = signature;
  }

  return {
    /** `idColumn IN (ids matching the search)`, or undefined when the text has no searchable word. */
    condition(idColumn: SQLiteColumn, search: string | null | undefined): SQL | undefined {
      if (search == null) return undefined;
      checkFreeText('search', search);
      sync();
      const resolved = index.resolve(search);
      return resolved ? sql`${idColumn} IN (SELECT id FROM ${fts} WHERE ${fts} MATCH ${resolved.expression})` : undefined;
    },
  };
}

/**
 * Search for small catalogues (facilities, standards: tens of rows): an FTS5 table with an `id` column,
 * rebuilt whenever a signature of the source tables changes, so no writer needs a hook. Rebuilding and
 * resolving free text (typo correction) cost tens of milliseconds of JavaScript and SQL, and hundreds the
 * first time, so both run in a worker thread with its own connection (worker-thread.ts, entry
 * text-search-worker.ts): it builds the index before the subgraph reports ready and rebuilds it, when a
 * search finds the signature changed, before answering; a search sent after a write was acknowledged
 * sees it. The request thread only runs the MATCH of the resolved expression inside its list query.
 */
import type Database from 'better-sqlite3';
import { sql, type SQL } from 'drizzle-orm';
import type { BaseSQLiteDatabase, SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { registerBackgroundWork } from './background-work.ts';
import { withSynonymTokens } from './search-query.ts';
import { createTextIndex, type ResolvedSearch } from './text-index.ts';
import { checkFreeText } from './text-limits.ts';
import { createWorkerThread } from './worker-thread.ts';

type AnyDb = BaseSQLiteDatabase<'sync', unknown, Record<string, unknown>>;

export interface RebuiltTextSearchSpec {
  /** `import.meta.url` of the module exporting this spec, and the export's name: the worker imports it. */
  module: string;
  name: string;
  /** The FTS5 table (`<table>_terms` and `<table>_terms_fts` hold its word list, see text-index.ts). */
  table: string;
  /** One row that changes whenever a searchable fact does (count, max(updated_at), total(version) ...). */
  signature: SQL;
  /** The documents to index: `id` plus one string per FTS column. */
  documents: (db: AnyDb) => Record<string, string>[];
}

export interface TextSearchWorkerData {
  file: string;
  module: string;
  name: string;
}

/** The index kept in step with its tables, resolving free text against it (in the worker, or here for `:memory:`). */
export function createSyncedTextIndex(db: AnyDb, spec: RebuiltTextSearchSpec) {
  const fts = sql.identifier(spec.table);
  const index = createTextIndex(db, spec.table);
  let indexed: string | undefined;
  let rebuilds = 0;

  function sync(): void {
    const signature = JSON.stringify(db.get(spec.signature));
    if (signature === indexed) return;
    db.transaction(
      (tx) => {
        tx.run(sql`DELETE FROM ${fts}`);
        const documents = spec.documents(tx);
        for (const doc of documents) {
          const columns = Object.keys(doc);
          const names = sql.join(
            columns.map((c) => sql.identifier(c)),
            sql`, `,
          );
          const values = columns.map((c) => sql`${c === 'id' ? doc[c]! : withSynonymTokens(doc[c]!)}`);
          tx.run(sql`INSERT INTO ${fts}(${names}) VALUES (${sql.join(values, sql`, `)})`);
        }
        createTextIndex(tx, spec.table).addWords(documents.flatMap((doc) => Object.entries(doc).flatMap(([c, text]) => (c === 'id' ? [] : [text]))));
      },
      { behavior: 'immediate' },
    );
    indexed = signature;
    rebuilds++;
  }

  return {
    sync,
    /** The MATCH expression for `text` on an index in step with its tables; null when it has no searchable word. */
    resolve(text: string): ResolvedSearch | null {
      sync();
      return index.resolve(text);
    },
    /** How many times the index was rebuilt by this connection (tests count work, not time). */
    get rebuilds() {
      return rebuilds;
    },
  };
}

const ENTRY = new URL('./text-search-worker.ts', import.meta.url).href;

export function createRebuiltTextSearch(db: AnyDb & { $client: Database.Database }, spec: RebuiltTextSearchSpec) {
  const fts = sql.identifier(spec.table);
  let local: ReturnType<typeof createSyncedTextIndex> | undefined;
  const thread = createWorkerThread<string, ResolvedSearch | null, TextSearchWorkerData>({
    entry: ENTRY,
    data: db.$client.memory ? null : { file: db.$client.name, module: spec.module, name: spec.name },
    local: () => {
      local = createSyncedTextIndex(db, spec);
      return (text) => local!.resolve(text);
    },
  });
  // The worker builds the index before the subgraph serves (launchSubgraph waits for it).
  registerBackgroundWork(db.$client, thread);

  return {
    offThread: thread.offThread,
    ready: thread.ready,
    /** Rebuilds and resolutions done on this (the request) thread so far: 0 while the worker serves. */
    get localRebuilds() {
      return local?.rebuilds ?? 0;
    },
    close: () => thread.close(),
    /** `idColumn IN (ids matching the search)`, or undefined when the text has no searchable word. */
    async condition(idColumn: SQLiteColumn, search: string | null | undefined): Promise<SQL | undefined> {
      if (search == null) return undefined;
      checkFreeText('search', search);
      const resolved = await thread.request(search);
      return resolved ? sql`${idColumn} IN (SELECT id FROM ${fts} WHERE ${fts} MATCH ${resolved.expression})` : undefined;
    },
  };
}
export type RebuiltTextSearch = ReturnType<typeof createRebuiltTextSearch>;

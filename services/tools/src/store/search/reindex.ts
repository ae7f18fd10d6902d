/**
 * `reindexTools(db, toolIds)`: brings the search index in line with the tools table for these tools,
 * inside the caller's write transaction. Call it after writing tools (the seed writer does; curation
 * calls it on publish/archive). Published tools are (re)indexed, any other status or a deleted row is
 * taken out; every change is logged so other connections refresh their in-memory facet index.
 */
import { createTextIndex, SYNONYMS_VERSION, withSynonymTokens } from '@edu-catalogus/kit/search';
import { inArray, lte, sql } from 'drizzle-orm';
import { loadDocuments } from './documents.ts';
import { SEARCH_COLUMNS, SEARCH_TABLE, searchChanges, searchDocs, type SearchDb } from './tables.ts';

/** Changes kept in the log; a connection further behind than this rebuilds its index from scratch. */
const KEPT_CHANGES = 50_000;
/** SQLite binds at most 32766 variables per statement; stay well below. */
const CHUNK = 5_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const fts = sql.identifier(SEARCH_TABLE);
const columns = sql.join(
  SEARCH_COLUMNS.map((c) => sql.identifier(c)),
  sql`, `,
);

export function reindexTools(db: SearchDb, toolIds: readonly string[]): void {
  const ids = [...new Set(toolIds)];
  const fresh = db.select({ doc: searchDocs.doc }).from(searchDocs).limit(1).all().length === 0;
  for (const part of chunks(ids)) {
    db.insert(searchDocs)
      .values(part.map((toolId) => ({ toolId })))
      .onConflictDoNothing()
      .run();
    const docs = new Map(
      db
        .select()
        .from(searchDocs)
        .where(inArray(searchDocs.toolId, part))
        .all()
        .map((d) => [d.toolId, d.doc]),
    );
    const loaded = new Map(loadDocuments(db, part).map((entry) => [entry.toolId, entry]));
    // Two statements per chunk, not two per tool: json_each feeds the rows in bulk.
    db.run(sql`DELETE FROM ${fts} WHERE rowid IN (SELECT value FROM json_each(${JSON.stringify([...docs.values()])}))`);
    const published = [...docs].flatMap(([toolId, doc]) => {
      const entry = loaded.get(toolId);
      if (entry?.status !== 'PUBLISHED') return [];
      return [{ doc, ...Object.fromEntries(SEARCH_COLUMNS.map((c) => [c, withSynonymTokens(entry.document[c])])) }];
    });
    const fields = sql.join(
      SEARCH_COLUMNS.map((c) => sql`value ->> ${`$.${c}`}`),
      sql`, `,
    );
    db.run(sql`INSERT INTO ${fts}(rowid, ${columns}) SELECT value ->> '$.doc', ${fields} FROM json_each(${JSON.stringify(published)})`);
    db.insert(searchChanges)
      .values([...docs.values()].map((doc) => ({ doc })))
      .run();
    createTextIndex(db, SEARCH_TABLE).addWords([...loaded.values()].flatMap(({ document }) => SEARCH_COLUMNS.map((c) => document[c])));
  }
  if (fresh && ids.length > 0) markSynonymsVersion(db);
  const [last] = db
    .select({ seq: sql<number>`max(${searchChanges.seq})` })
    .from(searchChanges)
    .all();
  if (last?.seq)
    db.delete(searchChanges)
      .where(lte(searchChanges.seq, last.seq - KEPT_CHANGES))
      .run();
}

/** Records that the index holds the synonym tokens of the current synonym table (SYNONYMS_VERSION). */
function markSynonymsVersion(db: SearchDb): void {
  db.run(sql`INSERT OR IGNORE INTO tools_search_terms(term) VALUES (${SYNONYMS_VERSION})`);
}

/**
 * Run when a store opens: indexes tools that never went through reindexTools (a database from
 * before search), and reindexes everything when the synonym table changed since the index was built.
 */
export function ensureSearchIndex(db: SearchDb): void {
  const current = db.get(sql`SELECT 1 AS ok FROM tools_search_terms WHERE term = ${SYNONYMS_VERSION}`) !== undefined;
  const missing = current ? sql`SELECT id FROM tools WHERE id NOT IN (SELECT tool_id FROM tools_search_docs)` : sql`SELECT id FROM tools`;
  const ids = db.all<{ id: string }>(missing).map((r) => r.id);
  if (ids.length > 0) reindexTools(db, ids);
  if (!current) markSynonymsVersion(db);
}

/**
 * The search documents of the PostgreSQL store (`tool_search_documents`), written by whoever writes tools
 * in the same transaction, like reindexTools on SQLite. A tool's text is that of documents.ts (name,
 * replaced products, categories, features, summary, description); its tsvector holds each text three
 * times: stemmed in Dutch and in English (catalogue_nl, catalogue_en: unaccent first) and as kit's folded
 * words plus the synonym-group tokens they earn ('simple'), which the prefix terms of pg-text-query.ts match.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { synonymTokens, wordsOf } from '@edu-catalogus/kit/search';
import { type SQL, sql } from 'drizzle-orm';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { nameText } from './documents.ts';

/** The tools database on PostgreSQL, or a transaction on it. */
// biome-ignore lint/suspicious/noExplicitAny: any schema: the search reads its tables through plain SQL.
export type PgSearchDb = PgDatabase<NodePgQueryResultHKT, any>;

type Text = { nl: string; en?: string | undefined };
const both = (text: Text | null) => (text ? [text.nl, text.en ?? ''].join('\n') : '');

interface PgDocument {
  tool_id: string;
  name_key: string;
  /** Weight A, B, C, D: name; replaced products; categories, features and summary; description. */
  a: string;
  b: string;
  c: string;
  d: string;
  /** C's parts, whose synonym tokens count once per part (as once per FTS5 column on SQLite). */
  cParts: string[];
}

/** The document text of each of `toolIds` that exists, in three queries. */
async function loadTexts(db: PgSearchDb, toolIds: readonly string[]): Promise<PgDocument[]> {
  const ids = JSON.stringify(toolIds);
  const inIds = (column: SQL) => sql`${column} IN (SELECT jsonb_array_elements_text(${ids}::jsonb))`;
  const tools = await db.execute<{ id: string; name: string; features: { nl: string[]; en?: string[] } | null; summary: Text; description: Text | null }>(
    sql`SELECT id, name, features, summary, description FROM tools WHERE ${inIds(sql`id`)}`,
  );
  const categories = await db.execute<{ tool_id: string; text: string }>(
    sql`SELECT f.tool_id, string_agg(c.name_nl || E'\n' || c.name_en, E'\n' ORDER BY f.position, c.id) AS text
        FROM tool_facets f JOIN categories c ON c.id = f.value WHERE f.dimension = 'category' AND ${inIds(sql`f.tool_id`)} GROUP BY f.tool_id`,
  );
  const products = await db.execute<{ tool_id: string; text: string }>(
    sql`SELECT tool_id, string_agg(text, E'\n' ORDER BY text) AS text FROM (
          SELECT DISTINCT a.tool_id, n.name || E'\n' || p.vendor AS text FROM alternatives a JOIN products p ON p.id = a.product_id
          JOIN product_names n ON n.product_id = a.product_id WHERE ${inIds(sql`a.tool_id`)} AND p.status = 'PUBLISHED') t
        GROUP BY tool_id`,
  );
  const byTool = (rows: { tool_id: string; text: string }[]) => new Map(rows.map((r) => [r.tool_id, r.text]));
  const categoryText = byTool(categories.rows);
  const productText = byTool(products.rows);
  return tools.rows.map((row) => {
    const cParts = [categoryText.get(row.id) ?? '', row.features ? [...row.features.nl, ...(row.features.en ?? [])].join('\n') : '', both(row.summary)];
    return {
      tool_id: row.id,
      name_key: normalizeText(row.name),
      a: nameText(row.name),
      b: productText.get(row.id) ?? '',
      c: cParts.join('\n'),
      d: both(row.description),
      cParts,
    };
  });
}

/** The words and synonym tokens a text is matched by, for the 'simple' part of the vector. */
const plainWords = (...texts: string[]) => texts.map((text) => [normalizeText(text), ...synonymTokens(text)].join(' ')).join(' ');

/** A weighted part of the document: Dutch stems, English stems and plain words. */
const part = (column: string, weight: string) => {
  const text = sql.raw(`d.${column}`);
  const words = sql.raw(`d.${column}_words`);
  return sql`setweight(to_tsvector('catalogue_nl', ${text}) || to_tsvector('catalogue_en', ${text}) || to_tsvector('simple', ${words}), ${weight}::"char")`;
};

/** (Re)writes the search documents of `toolIds` and adds their words to the typo-correction list; tools gone lose theirs. */
export async function reindexToolsPg(db: PgSearchDb, toolIds: readonly string[]): Promise<void> {
  if (toolIds.length === 0) return;
  // Two transactions may rewrite one tool's document at once (the tool and a product it replaces, published
  // together). Each first locks the tools' rows, in one order: the second waits for the first to commit, and
  // its next statements (READ COMMITTED) read the texts and delete the document the first wrote. Without the
  // lock its delete missed that new row and its insert failed (23505). NO KEY UPDATE, not UPDATE: writers
  // that inserted a row referencing the tool (an alternative) hold its KEY SHARE lock, which UPDATE would
  // wait for while they wait for ours (two alternatives of one tool published at once deadlocked).
  await db.execute(
    sql`SELECT id FROM tools WHERE id IN (SELECT jsonb_array_elements_text(${JSON.stringify([...toolIds].sort())}::jsonb)) ORDER BY id FOR NO KEY UPDATE`,
  );
  const documents = await loadTexts(db, toolIds);
  const rows = documents.map(({ cParts, ...d }) => ({
    ...d,
    a_words: plainWords(d.a),
    b_words: plainWords(d.b),
    c_words: plainWords(...cParts),
    d_words: plainWords(d.d),
  }));
  await db.execute(sql`DELETE FROM tool_search_documents WHERE tool_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(toolIds)}::jsonb))`);
  if (rows.length === 0) return;
  await db.execute(sql`
    INSERT INTO tool_search_documents (tool_id, name_key, document)
    SELECT d.tool_id, d.name_key, ${part('a', 'A')} || ${part('b', 'B')} || ${part('c', 'C')} || ${part('d', 'D')}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS d(tool_id text, name_key text, a text, b text, c text, d text, a_words text, b_words text, c_words text, d_words text)`);
  // Sorted: two writers adding the same words take their index entries in one order (no deadlock).
  const words = [...wordsOf(documents.flatMap((d) => [d.a, d.b, d.c, d.d]))].sort();
  await db.execute(sql`INSERT INTO tool_search_words (word) SELECT jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) ON CONFLICT DO NOTHING`);
}

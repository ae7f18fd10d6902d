/**
 * Free search text -> a PostgreSQL tsquery, by the rules of search-query.ts and text-index.ts (the
 * SQLite search's): stop words dropped, every word a prefix with its Snowball stems, synonym groups as one
 * token; PostgreSQL's own Dutch and English stemmers (catalogue_nl, catalogue_en: unaccent first) add
 * their stem of each word. Every word must match; when nothing does, words that match nothing are
 * corrected from a word list with pg_trgm and an edit-distance check, and then any word may match.
 * Documents and words come from the caller: tools' own tables, or rebuilt-text-search.ts's shared ones.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { MIN_PREFIX, parseSearch, type SearchTerm } from '../search-query.ts';
import { editDistanceWithin, MAX_CORRECTED_LENGTH, MAX_CORRECTED_TERMS, maxEdits } from '../text-index.ts';

export interface PgResolvedSearch {
  /** A tsquery expression over the documents' `document` column. */
  query: SQL;
  terms: SearchTerm[];
  mode: 'all' | 'corrected' | 'any';
}

/** A drizzle PostgreSQL database (node-postgres) or a transaction on it, with any schema. */
// biome-ignore lint/suspicious/noExplicitAny: any schema: the search reads its tables through plain SQL.
export type PgSearchableDb = PgDatabase<NodePgQueryResultHKT, any>;

export interface PgTextSources {
  /** A row source with a `document` tsvector column (a table, or a subquery with an alias). */
  documents: SQL;
  /** A row source with a `word` text column, trigram-indexed: the words misspellings are corrected to. */
  words: SQL;
}

/** How many trigram neighbours of a misspelt word are compared by edit distance (as text-index.ts). */
const CANDIDATES = 40;
const MAX_CORRECTIONS = 3;

/** A kit FTS5 phrase (`"word"*`, `"word"`, `"synvideobellen"`) as tsquery text; letters and digits only, so nothing to escape. */
function phraseQuery(phrase: string): string | null {
  const word = phrase.replace(/[^\p{L}\p{N}]/gu, '');
  if (!word) return null;
  return phrase.endsWith('*') ? `${word}:*` : word;
}

/** One term: any of its phrases on the plain words, or the word's Dutch or English stem. */
export function termQuery(term: SearchTerm): SQL {
  const plain = [...new Set(term.phrases.map(phraseQuery).filter((p): p is string => p !== null))];
  const parts = plain.map((p) => sql`to_tsquery('simple', ${p})`);
  // The database's stemmers match the whole stem, not a prefix: "leren" stems to "ler" in Dutch.
  if (!term.text.includes(' ') && term.text.length >= MIN_PREFIX) {
    parts.push(sql`plainto_tsquery('catalogue_nl', ${term.text})`, sql`plainto_tsquery('catalogue_en', ${term.text})`);
  }
  return sql`(${sql.join(parts, sql` || `)})`;
}

export const matchQuery = (terms: readonly SearchTerm[], mode: 'all' | 'any' = 'all'): SQL =>
  sql.join(terms.map(termQuery), mode === 'all' ? sql` && ` : sql` || `);

export function createPgTextQuery(db: PgSearchableDb, sources: PgTextSources) {
  const matches = async (query: SQL) => (await db.execute(sql`SELECT 1 AS hit FROM ${sources.documents} WHERE document @@ (${query}) LIMIT 1`)).rows.length > 0;

  /** Indexed words within the allowed edits of `word`, closest first (text-index.ts's closestWords, on pg_trgm). */
  async function closestWords(word: string): Promise<string[]> {
    if (word.length < MIN_PREFIX + 1 || word.length > MAX_CORRECTED_LENGTH || /^\d+$/.test(word)) return [];
    const { rows } = await db.execute<{ word: string }>(
      sql`SELECT word FROM ${sources.words} WHERE word % ${word} AND word <> ${word}
          ORDER BY similarity(word, ${word}) DESC, word LIMIT ${CANDIDATES}`,
    );
    const limit = maxEdits(word.length);
    const scored = rows.map((r) => ({ term: r.word, edits: editDistanceWithin(limit, word, r.word) })).filter((c) => c.edits <= limit);
    const best = Math.min(...scored.map((c) => c.edits));
    const closest = scored.filter((c) => c.edits === best);
    // A swap or a wrong letter is a likelier slip than a letter too many: words of the typed length first.
    const likelier = [closest.filter((c) => c.term.length === word.length), closest.filter((c) => c.term.length !== word.length)];
    for (const group of likelier) {
      const live: string[] = [];
      for (const c of group) if (live.length < MAX_CORRECTIONS && (await matches(sql`to_tsquery('simple', ${c.term})`))) live.push(c.term);
      if (live.length) return live;
    }
    return [];
  }

  async function corrected(term: SearchTerm): Promise<SearchTerm> {
    const fixes = (await closestWords(term.text)).flatMap((word) => parseSearch(word).flatMap((t) => t.phrases));
    return fixes.length === 0 ? term : { text: term.text, phrases: [...new Set([...term.phrases, ...fixes])] };
  }

  async function relax(terms: SearchTerm[]): Promise<PgResolvedSearch> {
    let budget = MAX_CORRECTED_TERMS;
    const fixed: SearchTerm[] = [];
    for (const term of terms) {
      if (budget === 0 || term.text.includes(' ') || (await matches(termQuery(term)))) fixed.push(term);
      else {
        budget--;
        fixed.push(await corrected(term));
      }
    }
    const query = matchQuery(fixed);
    const changed = fixed.some((term, i) => term !== terms[i]);
    if (fixed.length === 1 || (changed && (await matches(query)))) return { query, terms: fixed, mode: 'corrected' };
    return { query: matchQuery(fixed, 'any'), terms: fixed, mode: 'any' };
  }

  return {
    /** The tsquery for `text`, or null when it has no searchable word (then every document matches). */
    async resolve(text: string | null | undefined): Promise<PgResolvedSearch | null> {
      const terms = parseSearch(text);
      if (terms.length === 0) return null;
      const all = matchQuery(terms);
      return (await matches(all)) ? { query: all, terms, mode: 'all' } : relax(terms);
    },
  };
}

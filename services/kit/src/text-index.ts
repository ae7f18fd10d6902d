/// <reference path="./vendor.d.ts" />
/**
 * A subgraph's FTS5 index seen from a search: resolves free text to the MATCH expression to run,
 * correcting misspelt words from the index's trigram word list ("libreofice" -> "libreoffice") and
 * relaxing "every word" to "any word" when nothing matches. Tables: `<table>` (FTS5),
 * `<table>_terms` and `<table>_terms_fts` (the word list; see the subgraphs' 0002_search migration).
 */
import { sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import damerauLevenshtein, { limited } from 'talisman/metrics/damerau-levenshtein.js';
import { matchExpression, MIN_PREFIX, parseSearch, termExpression, type SearchTerm } from './search-query.ts';
import { normalizeText } from './text.ts';

/** A synchronous drizzle database or a transaction on one (indexing runs inside the writer's). */
type AnyDb = BaseSQLiteDatabase<'sync', unknown, Record<string, unknown>>;

export interface ResolvedSearch {
  /** The FTS5 MATCH expression to run. */
  expression: string;
  terms: SearchTerm[];
  /** How the text was read: every word, after typo correction, or any word. */
  mode: 'all' | 'corrected' | 'any';
}

/** Edits between two words, a swap of neighbours counting as one ("moodel" is one edit from "moodle"). */
export const editDistance = (a: string, b: string): number => damerauLevenshtein(a, b);
/** editDistance when it is at most `max`, else Infinity; stops early (a length difference over `max` costs nothing). */
export type BoundedDistance = (max: number, a: string, b: string) => number;
export const editDistanceWithin: BoundedDistance = (max, a, b) => limited(max, a, b);

/** Edits allowed between a typed word and an indexed one: one for short words, more for long ones. */
export const maxEdits = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);
/** How many of the words closest by trigrams are compared by edit distance. */
const CANDIDATES = 40;
const MAX_CORRECTIONS = 3;
/** Longer words are not corrected: their trigram query would read most of the word list. */
export const MAX_CORRECTED_LENGTH = 30;
/** Words corrected per search at most; the others keep their own phrases (a search has at most 16 words). */
export const MAX_CORRECTED_TERMS = 4;

export interface TextIndexOptions {
  /** The edit distance used (tests count its calls). */
  distance?: BoundedDistance;
}

/** The distinct words of `texts` worth keeping for typo correction (3+ letters, not numbers). */
export function wordsOf(texts: Iterable<string | null | undefined>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of normalizeText(text).split(' ')) if (word.length >= MIN_PREFIX && !/^\d+$/.test(word)) words.add(word);
  }
  return words;
}

export function createTextIndex(db: AnyDb, table: string, { distance = editDistanceWithin }: TextIndexOptions = {}) {
  const fts = sql.identifier(table);
  const terms = sql.identifier(`${table}_terms`);
  const trigrams = sql.identifier(`${table}_terms_fts`);

  const matches = (expression: string) => db.get(sql`SELECT 1 AS hit FROM ${fts} WHERE ${fts} MATCH ${expression} LIMIT 1`) !== undefined;

  /** Indexed words within the allowed edits of `word`, closest first; [] when none is close. */
  function closestWords(word: string): string[] {
    if (word.length < MIN_PREFIX + 1 || word.length > MAX_CORRECTED_LENGTH || /^\d+$/.test(word)) return [];
    const grams = new Set<string>();
    for (let i = 0; i + 3 <= word.length; i++) grams.add(`"${word.slice(i, i + 3)}"`);
    const rows = db.all<{ term: string }>(
      sql`SELECT term FROM ${trigrams} WHERE ${trigrams} MATCH ${[...grams].join(' OR ')} ORDER BY rank LIMIT ${CANDIDATES}`,
    );
    const limit = maxEdits(word.length);
    const scored = rows
      .filter(({ term }) => term !== word)
      .map(({ term }) => ({ term, edits: distance(limit, word, term) }))
      .filter((c) => c.edits <= limit);
    const best = Math.min(...scored.map((c) => c.edits));
    // Among equally close words, a swap or a wrong letter ("moodel": moodle) is a likelier slip than a
    // letter too many ("moodel": model): words of the typed length come first when there are any.
    const closest = scored.filter((c) => c.edits === best);
    const likelier = [closest.filter((c) => c.term.length === word.length), closest.filter((c) => c.term.length !== word.length)];
    // A word may linger in the list after the last document using it changed: keep only live ones.
    const live: string[] = [];
    for (const group of likelier) {
      for (const c of group) if (live.length < MAX_CORRECTIONS && matches(`"${c.term}"`)) live.push(c.term);
      if (live.length) break;
    }
    return live;
  }

  /** `term` (which matches nothing) widened with the closest indexed words and their synonyms. */
  function corrected(term: SearchTerm): SearchTerm {
    const fixes = closestWords(term.text).flatMap((word) => parseSearch(word).flatMap((t) => t.phrases));
    return fixes.length === 0 ? term : { text: term.text, phrases: [...new Set([...term.phrases, ...fixes])] };
  }

  /** The fallback when every-word matching found nothing: corrected words, then any word. */
  function relax(terms: SearchTerm[]): ResolvedSearch {
    let budget = MAX_CORRECTED_TERMS;
    const fixed = terms.map((term) => {
      if (budget === 0 || term.text.includes(' ') || matches(termExpression(term))) return term;
      budget--;
      return corrected(term);
    });
    const expression = matchExpression(fixed);
    // Nothing corrected: the same every-word expression, already known to match nothing (saves an FTS5 AND of every word).
    const changed = fixed.some((term, i) => term !== terms[i]);
    if (fixed.length === 1 || (changed && matches(expression))) return { expression, terms: fixed, mode: 'corrected' };
    return { expression: matchExpression(fixed, 'any'), terms: fixed, mode: 'any' };
  }

  return {
    /** The expression for `text`, or null when it has no searchable word (then everything matches). */
    resolve(text: string | null | undefined): ResolvedSearch | null {
      const terms = parseSearch(text);
      if (terms.length === 0) return null;
      const all = matchExpression(terms);
      return matches(all) ? { expression: all, terms, mode: 'all' } : relax(terms);
    },

    relax,

    /** Adds the words of `texts` to the typo-correction list (words already there are skipped). */
    addWords(texts: Iterable<string | null | undefined>): void {
      db.run(sql`INSERT OR IGNORE INTO ${terms}(term) SELECT value FROM json_each(${JSON.stringify([...wordsOf(texts)])})`);
    },

    /** Indexed words close to `word` (for suggestions): exposed for product-name matching too. */
    closestWords,
  };
}
export type TextIndex = ReturnType<typeof createTextIndex>;

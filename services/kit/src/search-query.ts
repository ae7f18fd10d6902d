/// <reference path="./vendor.d.ts" />
/**
 * Free search text -> FTS5 MATCH expressions, the same in every subgraph: case and diacritics folded,
 * stop words dropped, each word matched as a prefix together with its Dutch and English stems, and
 * school vocabulary expanded to its synonyms ("digibord" also finds "whiteboard").
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import snowball from 'snowball-stemmers';
import stopword from 'stopword';
import { SCHOOL_CONTEXT_WORDS, SCHOOL_SYNONYMS } from './synonyms.ts';
import { normalizeText } from './text.ts';

/** Shorter words match whole words only: a two-letter prefix matches most of a large catalogue. */
export const MIN_PREFIX = 3;
/** Stems shorter than this ("ler" from "leren") are too broad to use as a prefix. */
const MIN_STEM = 4;

const stemmers = [snowball.newStemmer('dutch'), snowball.newStemmer('english')];

/** Words that say nothing about what a tool does in a catalogue of open-source alternatives. */
const CATALOGUE_WORDS = [
  ...['alternatief', 'alternatieven', 'alternative', 'alternatives', 'vervanger', 'vervanging', 'replacement', 'instead'],
  ...['open', 'source', 'opensource', 'gratis', 'free', 'software', 'programma', 'tool', 'tools'],
  ...['maken', 'make', 'create', 'gebruiken', 'use', 'beste', 'best', 'goede', 'good'],
];
const STOP_WORDS = new Set([...(stopword.nld ?? []), ...(stopword.eng ?? []), ...CATALOGUE_WORDS, ...SCHOOL_CONTEXT_WORDS].map(normalizeText));

/** Whether `word` (normalised) is a stop word: it alone says nothing about what is searched. */
export const isStopWord = (word: string) => STOP_WORDS.has(word);

/** One word (or synonym phrase) of the search: matches when any of its FTS5 phrases does. */
export interface SearchTerm {
  text: string;
  phrases: string[];
}

const quote = (words: string) => `"${words}"`;

/** A word as FTS5 phrases: itself as a prefix and its stems as prefixes, without redundant ones. */
export function wordPhrases(word: string): string[] {
  if (word.length < MIN_PREFIX) return [quote(word)];
  const prefixes = new Set([word]);
  for (const stemmer of stemmers) {
    const stem = stemmer.stem(word);
    if (stem.length >= MIN_STEM) prefixes.add(stem);
  }
  return minimalPhrases([...prefixes].map((p) => `${quote(p)}*`));
}

/** Drops phrases another one already covers: `"fotobewerk"*` matches all `"fotobewerking"*` and `"fotobewerk"` do. */
function minimalPhrases(phrases: Iterable<string>): string[] {
  const unique = [...new Set(phrases)];
  const prefixes = unique.filter((p) => p.endsWith('*') && !p.includes(' ')).map((p) => p.slice(1, -2));
  return unique.filter((p) => {
    const words = p.replace(/[*"]/g, '');
    if (words.includes(' ')) return true;
    return !prefixes.some((q) => words.startsWith(q) && (q !== words || !p.endsWith('*')));
  });
}

/** Words whose stems are kept: more than a catalogue's vocabulary, bounded whatever searches arrive. */
export const STEM_CACHE_SIZE = 50_000;
const stemCache = new LRUCache<string, string[]>({ max: STEM_CACHE_SIZE });
/** How many words' stems are cached now (never more than STEM_CACHE_SIZE). */
export const stemCacheSize = () => stemCache.size;

/** The Dutch and English stems of a word worth matching on; cached, as indexing stems every word. */
function stemsOf(word: string): string[] {
  let stems = stemCache.get(word);
  if (!stems) stemCache.set(word, (stems = stemmers.map((s) => s.stem(word)).filter((s) => s.length >= MIN_STEM)));
  return stems;
}

/**
 * Synonyms are matched at index time: a document using any member of a group also gets the group's
 * token ("synvideobellen"), and a search for a member matches that one token. Expanding a search
 * into every member instead made phrases of common words ("image editor") cost milliseconds each.
 */
const tokenOfKey = new Map<string, string>();
/** Members written with a trailing `*`: a word starting with them belongs to the group. */
const prefixMembers: [string, string][] = [];
for (const group of SCHOOL_SYNONYMS) {
  const token = `syn${normalizeText(group[0]!).replace(/ /g, '')}`;
  for (const member of group) {
    const text = normalizeText(member);
    if (member.endsWith('*')) prefixMembers.push([text, token]);
    for (const key of text.includes(' ') ? [text] : [text, ...stemsOf(text)]) if (!tokenOfKey.has(key)) tokenOfKey.set(key, token);
  }
}

/** A version of the synonym table: an index built with another one must be rebuilt. */
export const SYNONYMS_VERSION = `synonyms:${createHash('sha256').update(JSON.stringify(SCHOOL_SYNONYMS)).digest('hex').slice(0, 16)}`;

function synonymToken(words: string[]): string | undefined {
  const phrase = words.join(' ');
  const exact = tokenOfKey.get(phrase);
  if (exact || words.length > 1) return exact;
  return (
    stemsOf(phrase)
      .map((s) => tokenOfKey.get(s))
      .find(Boolean) ?? prefixMembers.find(([prefix]) => phrase.startsWith(prefix))?.[1]
  );
}

/** `text` with the synonym-group tokens it earns appended: what a document column is indexed as. */
export const withSynonymTokens = (text: string) => {
  const tokens = synonymTokens(text);
  return tokens.length ? `${text}\n${tokens.join(' ')}` : text;
};

/** The synonym-group tokens `text` earns (appended to a document's column at index time). */
export function synonymTokens(text: string): string[] {
  const words = normalizeText(text).split(' ').filter(Boolean);
  const tokens = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const token = synonymToken(words.slice(i, i + n));
      if (token) tokens.add(token);
    }
  }
  return [...tokens];
}

/** The terms of `text`; empty when it has no searchable word. */
export function parseSearch(text: string | null | undefined): SearchTerm[] {
  const words = normalizeText(text ?? '')
    .split(' ')
    .filter(Boolean);
  const terms: SearchTerm[] = [];
  for (let i = 0; i < words.length; ) {
    const length = [3, 2, 1].find((n) => i + n <= words.length && synonymToken(words.slice(i, i + n)));
    if (length) {
      const slice = words.slice(i, i + length);
      const own = length === 1 ? wordPhrases(slice[0]!) : [];
      terms.push({ text: slice.join(' '), phrases: [...own, quote(synonymToken(slice)!)] });
      i += length;
      continue;
    }
    const word = words[i++]!;
    if (!STOP_WORDS.has(word)) terms.push({ text: word, phrases: wordPhrases(word) });
  }
  // A search made only of stop words ("open source", "gratis") narrows nothing in this catalogue.
  return terms;
}

export const termExpression = (term: SearchTerm) => `(${term.phrases.join(' OR ')})`;

/** Every term must match (`all`), or at least one (`any`). */
export function matchExpression(terms: readonly SearchTerm[], mode: 'all' | 'any' = 'all'): string {
  return terms.map(termExpression).join(mode === 'all' ? ' AND ' : ' OR ');
}

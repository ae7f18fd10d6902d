/// <reference path="./vendor.d.ts" />
/**
 * Free search text -> FTS5 MATCH expressions, the same in every subgraph: case and diacritics folded,
 * stop words dropped, each word matched as a prefix together with its Dutch and English stems, and
 * school vocabulary expanded to its synonyms ("digibord" also finds "whiteboard").
 */
import snowball from 'snowball-stemmers';
import stopword from 'stopword';
import { SCHOOL_SYNONYMS } from './synonyms.ts';
import { normalizeText } from './text.ts';

/** Shorter words match whole words only: a two-letter prefix matches most of a large catalogue. */
export const MIN_PREFIX = 3;
/** Stems shorter than this ("ler" from "leren") are too broad to use as a prefix. */
const MIN_STEM = 4;
/** Synonyms shorter than this are whole words unless written with a trailing `*` ("elo" is not "elon"). */
const MIN_SYNONYM_PREFIX = 5;

const stemmers = [snowball.newStemmer('dutch'), snowball.newStemmer('english')];

/** Words that say nothing about what a tool does in a catalogue of open-source alternatives. */
const CATALOGUE_WORDS = [
  ...['alternatief', 'alternatieven', 'alternative', 'alternatives', 'vervanger', 'vervanging', 'replacement', 'instead'],
  ...['open', 'source', 'opensource', 'gratis', 'free', 'software', 'programma', 'tool', 'tools'],
  ...['maken', 'make', 'create', 'gebruiken', 'use', 'beste', 'best', 'goede', 'good'],
];
const STOP_WORDS = new Set([...(stopword.nld ?? []), ...(stopword.eng ?? []), ...CATALOGUE_WORDS].map(normalizeText));

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

function synonymPhrases(member: string): string[] {
  const marked = member.endsWith('*');
  const text = normalizeText(member);
  if (text.includes(' ')) return [text.split(' ').at(-1)!.length >= MIN_SYNONYM_PREFIX ? `${quote(text)}*` : quote(text)];
  return [marked || text.length >= MIN_SYNONYM_PREFIX ? `${quote(text)}*` : quote(text)];
}

const stemsOf = (word: string) => stemmers.map((s) => s.stem(word)).filter((s) => s.length >= MIN_STEM);

/** Synonym groups by every form a member is typed in: itself and, for single words, its stems. */
const synonymIndex = new Map<string, string[]>();
for (const group of SCHOOL_SYNONYMS) {
  const phrases = [...new Set(group.flatMap(synonymPhrases))];
  for (const member of group) {
    const text = normalizeText(member);
    for (const key of text.includes(' ') ? [text] : [text, ...stemsOf(text)]) if (!synonymIndex.has(key)) synonymIndex.set(key, phrases);
  }
}

function synonymsOf(words: string[]): string[] | undefined {
  const phrase = words.join(' ');
  return synonymIndex.get(phrase) ?? (words.length === 1 ? stemsOf(phrase).map((s) => synonymIndex.get(s)).find(Boolean) : undefined);
}

/** The terms of `text`; empty when it has no searchable word. */
export function parseSearch(text: string | null | undefined): SearchTerm[] {
  const words = normalizeText(text ?? '').split(' ').filter(Boolean);
  const terms: SearchTerm[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < words.length; ) {
    const length = [3, 2, 1].find((n) => i + n <= words.length && synonymsOf(words.slice(i, i + n)));
    if (length) {
      const slice = words.slice(i, i + length);
      const extra = length === 1 ? wordPhrases(slice[0]!) : [];
      terms.push({ text: slice.join(' '), phrases: minimalPhrases([...extra, ...synonymsOf(slice)!]) });
      i += length;
      continue;
    }
    const word = words[i++]!;
    if (STOP_WORDS.has(word)) dropped.push(word);
    else terms.push({ text: word, phrases: wordPhrases(word) });
  }
  // A search made only of stop words ("open source") still means something: match those words.
  if (terms.length === 0) return dropped.map((word) => ({ text: word, phrases: wordPhrases(word) }));
  return terms;
}

export const termExpression = (term: SearchTerm) => `(${term.phrases.join(' OR ')})`;

/** Every term must match (`all`), or at least one (`any`). */
export function matchExpression(terms: readonly SearchTerm[], mode: 'all' | 'any' = 'all'): string {
  return terms.map(termExpression).join(mode === 'all' ? ' AND ' : ' OR ');
}

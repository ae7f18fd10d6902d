/**
 * Which product does free text name? Its name or an alias (after case/diacritics folding), a phrase
 * containing one ("alternatief voor Teams"), or a close misspelling ("Microsft Teams"); otherwise
 * the products with the most similar names, as suggestions. The work is linear in the typed words:
 * only phrases no longer than the longest name (plus the allowed edits) are tried, each exact one is
 * a map lookup, and a misspelt one is compared only with names of a compatible length, by an edit
 * distance that stops once it exceeds the allowed edits (resolvers also cap the text: FREE_TEXT_LIMITS).
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { editDistanceWithin, isStopWord, maxEdits, type BoundedDistance } from '@edu-catalogus/kit/search';

export interface ProductName {
  productId: string;
  /** The name or alias, normalised as normalizeText does. */
  normalized: string;
}

export type ProductMatch = { productId: string } | { productId: null; suggestions: string[] };

export interface MatchOptions {
  /** The edit distance used (tests count its calls). */
  distance?: BoundedDistance;
}

const SUGGESTIONS = 5;
/** Below this similarity (1 = equal) a name is not worth suggesting. */
const MIN_SIMILARITY = 0.5;
/** Most edits any phrase may be from a name (maxEdits of a long phrase). */
const MOST_EDITS = maxEdits(Number.MAX_SAFE_INTEGER);
/** A misspelt name may be typed as one word more ("micro soft teams"). */
const EXTRA_WORDS = 1;

/**
 * The word sequences of `words` that could name a product (at most `maxWords` words and `maxChars`
 * characters, not only stop words), longest first, leftmost first among equals.
 */
function phrases(words: string[], maxWords: number, maxChars: number): string[] {
  const found: { text: string; n: number; start: number }[] = [];
  for (let start = 0; start < words.length; start++) {
    let text = '';
    for (let n = 1; n <= maxWords && start + n <= words.length; n++) {
      text = n === 1 ? words[start]! : `${text} ${words[start + n - 1]}`;
      if (text.length > maxChars) break;
      found.push({ text, n, start });
    }
  }
  found.sort((a, b) => b.n - a.n || a.start - b.start);
  const wordful = found.filter((p) => p.text.split(' ').some((w) => !isStopWord(w)));
  return [...new Set(wordful.map((p) => p.text))];
}

export function matchProduct(text: string, names: readonly ProductName[], { distance = editDistanceWithin }: MatchOptions = {}): ProductMatch {
  const words = normalizeText(text).split(' ').filter(Boolean);
  if (words.length === 0 || names.length === 0) return { productId: null, suggestions: [] };
  const byName = new Map<string, string>();
  const byLength = new Map<number, ProductName[]>();
  for (const n of names) {
    if (!byName.has(n.normalized)) byName.set(n.normalized, n.productId);
    const sameLength = byLength.get(n.normalized.length);
    if (sameLength) sameLength.push(n);
    else byLength.set(n.normalized.length, [n]);
  }
  // Every word sequence of every name ("google" and "google docs" of "Google Docs"), with its names.
  const namesHolding = new Map<string, ProductName[]>();
  for (const n of names) {
    const nameWords = n.normalized.split(' ');
    for (let i = 0; i < nameWords.length; i++) {
      for (let j = i + 1; j <= nameWords.length; j++) {
        const part = nameWords.slice(i, j).join(' ');
        const holders = namesHolding.get(part);
        if (holders) holders.push(n);
        else namesHolding.set(part, [n]);
      }
    }
  }
  const longest = Math.max(...names.map((n) => n.normalized.length));
  const mostWords = Math.max(...names.map((n) => n.normalized.split(' ').length));
  // Phrases made only of stop words ("voor") name nothing, even when some product is called that.
  const candidates = phrases(words, mostWords + EXTRA_WORDS, longest + MOST_EDITS);
  for (const phrase of candidates) {
    const exact = byName.get(phrase);
    if (exact) return { productId: exact };
  }
  for (const phrase of candidates) {
    // A phrase that is itself a word (sequence) of some name ("google" in "Google Docs") is no misspelling
    // of another name ("Doodle"): the products it belongs to are offered as suggestions below.
    if (phrase.length < 4 || namesHolding.has(phrase)) continue;
    const limit = maxEdits(phrase.length);
    let best = limit + 1;
    let winners = new Set<string>();
    // A name more than `limit` characters longer or shorter is more than `limit` edits away.
    for (let length = phrase.length - limit; length <= phrase.length + limit; length++) {
      for (const name of byLength.get(length) ?? []) {
        const edits = distance(limit, phrase, name.normalized);
        if (edits < best) [best, winners] = [edits, new Set([name.productId])];
        else if (edits === best) winners.add(name.productId);
      }
    }
    if (winners.size === 1) return { productId: [...winners][0]! };
  }
  // When the text holds a word of some names, only those products are suggested.
  const holders = new Set(candidates.filter((p) => p.length >= 4).flatMap((p) => namesHolding.get(p) ?? []));
  return { productId: null, suggestions: suggest(words, holders.size > 0 ? [...holders] : names, distance) };
}

/** The products whose names are most similar to the whole text (edit ratio, or a typed word starting a word of the name). */
function suggest(words: string[], names: readonly ProductName[], distance: BoundedDistance): string[] {
  const typed = words.join(' ');
  const hints = words.filter((w) => w.length >= 3);
  const scores = new Map<string, number>();
  for (const n of names) {
    const longer = Math.max(typed.length, n.normalized.length);
    // Only a ratio of at least MIN_SIMILARITY counts: the distance may stop at that many edits.
    const edits = distance(Math.floor(longer * (1 - MIN_SIMILARITY)), typed, n.normalized);
    const ratio = Number.isFinite(edits) ? 1 - edits / longer : 0;
    // "micro" for Microsoft Teams: a typed word that starts a word of the name is a good hint.
    const nameWords = n.normalized.split(' ');
    const prefixHit = hints.some((w) => nameWords.some((nw) => nw.startsWith(w)));
    scores.set(n.productId, Math.max(scores.get(n.productId) ?? 0, ratio, prefixHit ? 0.6 : 0));
  }
  return [...scores]
    .filter(([, score]) => score >= MIN_SIMILARITY)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SUGGESTIONS)
    .map(([id]) => id);
}

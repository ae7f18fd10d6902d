/**
 * Which product does free text name? Its name or an alias (after case/diacritics folding), a phrase
 * containing one ("alternatief voor Teams"), or a close misspelling ("Microsft Teams"); otherwise
 * the products with the most similar names, as suggestions.
 */
import { editDistance as distance, isStopWord, maxEdits, normalizeText } from '@edu-catalogus/kit';

export interface ProductName {
  productId: string;
  /** The name or alias, normalised as normalizeText does. */
  normalized: string;
}

export type ProductMatch = { productId: string } | { productId: null; suggestions: string[] };

const SUGGESTIONS = 5;
/** Below this similarity (1 = equal) a name is not worth suggesting. */
const MIN_SIMILARITY = 0.5;

/** The word sequences of `words`, longest first, leftmost first among equals. */
function phrases(words: string[]): string[] {
  const out: string[] = [];
  for (let n = words.length; n >= 1; n--) for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

function similarity(typed: string, name: string): number {
  const ratio = 1 - distance(typed, name) / Math.max(typed.length, name.length);
  // "micro" for Microsoft Teams: a typed word that starts a word of the name is a good hint.
  const nameWords = name.split(' ');
  const prefixHit = typed.split(' ').some((w) => w.length >= 3 && nameWords.some((n) => n.startsWith(w)));
  return Math.max(ratio, prefixHit ? 0.6 : 0);
}

export function matchProduct(text: string, names: readonly ProductName[]): ProductMatch {
  const words = normalizeText(text).split(' ').filter(Boolean);
  if (words.length === 0) return { productId: null, suggestions: [] };
  // Phrases made only of stop words ("voor") name nothing, even when some product is called that.
  const candidates = phrases(words).filter((p) => p.split(' ').some((w) => !isStopWord(w)));
  const byName = new Map<string, string>();
  for (const n of names) if (!byName.has(n.normalized)) byName.set(n.normalized, n.productId);
  for (const phrase of candidates) {
    const exact = byName.get(phrase);
    if (exact) return { productId: exact };
  }
  // A phrase that is itself a word (sequence) of some name ("google" in "Google Docs") is no misspelling of
  // another name ("Doodle"): the products it belongs to are offered as suggestions below.
  const inName = (phrase: string, name: string) => ` ${name} `.includes(` ${phrase} `);
  const partOfAName = (phrase: string) => names.some((n) => inName(phrase, n.normalized));
  for (const phrase of candidates) {
    if (phrase.length < 4 || partOfAName(phrase)) continue;
    const limit = maxEdits(phrase.length);
    const close = names.map((n) => ({ ...n, edits: distance(phrase, n.normalized) })).filter((n) => n.edits <= limit);
    const best = Math.min(...close.map((n) => n.edits));
    const winners = new Set(close.filter((n) => n.edits === best).map((n) => n.productId));
    if (winners.size === 1) return { productId: [...winners][0]! };
  }
  const scores = new Map<string, number>();
  const typed = words.join(' ');
  // When the text holds a word of some names, only those products are suggested.
  const holders = names.filter((n) => candidates.some((p) => p.length >= 4 && inName(p, n.normalized)));
  for (const n of holders.length > 0 ? holders : names) scores.set(n.productId, Math.max(scores.get(n.productId) ?? 0, similarity(typed, n.normalized)));
  const suggestions = [...scores]
    .filter(([, score]) => score >= MIN_SIMILARITY)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SUGGESTIONS)
    .map(([id]) => id);
  return { productId: null, suggestions };
}

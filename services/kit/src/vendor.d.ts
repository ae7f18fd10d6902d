/** Types for the untyped CommonJS packages the search uses. */
declare module 'snowball-stemmers' {
  const snowball: { newStemmer(language: string): { stem(word: string): string }; algorithms(): string[] };
  export default snowball;
}
declare module 'stopword' {
  const stopword: Record<string, string[]>;
  export default stopword;
}
declare module 'talisman/metrics/damerau-levenshtein.js' {
  /** Optimal string alignment distance (adjacent swaps count as one edit). */
  export default function damerauLevenshtein(a: string, b: string): number;
  /** The same, stopping early and answering Infinity once the distance exceeds `max`. */
  export function limited(max: number, a: string, b: string): number;
}

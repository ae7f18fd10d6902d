/** Types for the untyped CommonJS packages the search uses. */
declare module 'snowball-stemmers' {
  const snowball: { newStemmer(language: string): { stem(word: string): string }; algorithms(): string[] };
  export default snowball;
}
declare module 'stopword' {
  const stopword: Record<string, string[]>;
  export default stopword;
}
declare module 'damerau-levenshtein' {
  const distance: (a: string, b: string) => { steps: number; relative: number; similarity: number };
  export default distance;
}

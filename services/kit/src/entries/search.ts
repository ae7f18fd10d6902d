/**
 * `@edu-catalogus/kit/search`: parsing a search (stop words, stemmers, synonyms), the typo-tolerant text
 * index and the rebuilt-on-write text search the subgraphs serve their lists with. Normalising text and
 * free-text limits are light and live in `/runtime`.
 */
export * from '../search-query.ts';
export * from '../text-index.ts';
export * from '../rebuilt-text-search.ts';
export * from '../worker-thread.ts';
export * from '../background-work.ts';

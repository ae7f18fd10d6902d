/**
 * The line a subgraph process logs once it listens, and the pattern that reads its URL back: tests and
 * benchmarks that start subgraphs as processes wait for it. One place for both, so a change to the line
 * (it gained the store after the URL) cannot leave a reader waiting for a line that never matches.
 */
export const readyMessage = (name: string, url: string, store: string) => `${name} subgraph ready at ${url} (${store})`;

/** Matches a ready line (plain or inside pino's JSON); group 1 is the URL. */
export const SUBGRAPH_READY = /subgraph ready at (http:\/\/[\d.:]+\/graphql)/;

/**
 * `@edu-catalogus/kit/subgraph`: building a subgraph's Apollo Server from its SDL and resolvers, and its
 * life cycle (open, seed when empty, serve, reseed). Loads Apollo, the database and the seeds: only
 * subgraph processes and the whole-stack tests import it.
 */
export * from '../subgraph.ts';
export * from '../lifecycle.ts';

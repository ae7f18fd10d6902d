/**
 * `@edu-catalogus/kit/subgraph`: building a subgraph's Apollo Server from its SDL and resolvers, its life cycle
 * (open, seed when empty, serve, reseed) and the change-feed resolvers every subgraph serves from its outbox.
 * Loads Apollo, the database and the seeds: only subgraph processes and the whole-stack tests import it.
 */
export * from '../subgraph.ts';
export * from '../lifecycle.ts';
export * from '../changes/resolvers.ts';
export * from '../define.ts';
export * from '../webhooks/store.ts';
export * from '../webhooks/deliverer.ts';
export * from '../webhooks/tables.ts';

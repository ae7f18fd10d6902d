/** The curation workflow shared by every subgraph. */
export * from './diff.ts';
export * from './engine.ts';
export * from './policy.ts';
export * from './tables.ts';
export * from './resolvers.ts';
export { GraphQLJSON as JSONScalar } from 'graphql-scalars';
export * from './references.ts';
export * from './organisations.ts';
export * from './steps.ts';
export * from './outbox.ts';

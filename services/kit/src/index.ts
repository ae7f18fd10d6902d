/** Public surface of the shared subgraph runtime. */
export * from './config.ts';
export * from './connection.ts';
export * from './db.ts';
export * from './errors.ts';
export * from './http.ts';
export * from './logger.ts';
export * from './subgraph.ts';
export * from './text.ts';
export * from './search-query.ts';
export * from './text-index.ts';
export * from './loaders.ts';
export * from './run.ts';
export * from './keyset.ts';
export * from './lifecycle.ts';
export * from './identity.ts';
export * from './signing.ts';
export * from './peers.ts';

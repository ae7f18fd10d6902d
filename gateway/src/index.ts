/** The gateway's public surface, for tests and embedding. */
export * from './config.ts';
export * from './gateway.ts';
export * from './server.ts';
export * from './auth/dev-token.ts';
export * from './auth/verifier.ts';

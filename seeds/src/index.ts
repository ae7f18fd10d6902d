/** The seed data's public surface: the validating loader, its types and the vocabularies. */
export * from './api-shape.ts';
export * from './coverage.ts';
export * from './license.ts';
export * from './load.ts';
export * from './offerings.ts';
export * from './schema.ts';
export * from './vocabulary.ts';

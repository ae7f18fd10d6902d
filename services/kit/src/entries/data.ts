/**
 * `@edu-catalogus/kit/data`: a subgraph's database (opening with migrations, closing), keyset paging,
 * DataLoaders, the `changedSince` filter and scalar, and the provenance value types.
 */
export * from '../db.ts';
export * from '../keyset.ts';
export * from '../published-page.ts';
export * from '../loaders.ts';
export * from '../changed-since.ts';
export * from '../provenance.ts';
export * from '../rows.ts';
export * from '../transaction.ts';

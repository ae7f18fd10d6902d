/**
 * `@edu-catalogus/kit/runtime`: what any process needs to serve (config, logger, errors, HTTP, the process
 * entry and drain, health, identity and signing, metrics, proxies, peers, the merged change feed, free-text
 * limits). Light on purpose: the gateway and the web import it, so nothing here may reach better-sqlite3,
 * drizzle-orm, the stemmers or @apollo/subgraph (dependency-cruiser checks it, see .dependency-cruiser.cjs).
 */
export * from '../config.ts';
export * from '../errors.ts';
export * from '../logger.ts';
export * from '../startup.ts';
export * from '../drain.ts';
export * from '../health.ts';
export * from '../server-limits.ts';
export * from '../http.ts';
export * from '../run.ts';
export * from '../identity.ts';
export * from '../signing.ts';
export * from '../replay-guard.ts';
export * from '../proxies.ts';
export * from '../metrics.ts';
export * from '../peers.ts';
export * from '../connection.ts';
export * from '../text.ts';
export * from '../text-limits.ts';
export * from '../changes/merge.ts';
export * from '../changes/feed.ts';
export * from '../changes/errors.ts';
export * from '../webhooks/sign.ts';
export * from '../webhooks/address-guard.ts';
export * from '../graph.ts';
export * from '../idempotency-key.ts';
export * from '../webhooks/config.ts';

/** The public API's knobs (limits, caching, CORS, rate limits, trusted documents), read from env and validated. */
import path from 'node:path';
import { flag, parseConfig, repoRoot, trustedProxiesSetting } from '@edu-catalogus/kit/runtime';
import { z } from 'zod';

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const list = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );

export interface PublicApiConfig {
  /** Production mode: no "Did you mean …" suggestions in validation errors. */
  production: boolean;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
    /** Largest estimated number of objects an operation may resolve (`first` multiplies). */
    maxCost: number;
    /** The size assumed for a list field that takes no `first`. */
    assumedListSize: number;
    /** Longest string accepted in an argument (ids, search text), literal or from variables. */
    maxStringLength: number;
    /** What one free-text argument (`search`, `to`) adds to the estimated cost. */
    searchCost: number;
    maxBodyBytes: number;
    operationTimeoutMs: number;
  };
  /**
   * changesPollMs: how often the gateway reads the change feed to purge its response cache; metadata:
   * answers carry `extensions.responseCache { hit }` (diagnosis and tests; it changes the ETag per hit).
   */
  cache: { maxAgeSeconds: number; responseCache: boolean; changesPollMs: number; metadata: boolean };
  /** `['*']` allows any origin. */
  corsOrigins: string[];
  rateLimit: {
    points: number;
    windowSeconds: number;
    portalPoints: number;
    apiKeyHeader: string;
    portalApiKeys: string[];
    /** Reverse proxies (IPs, CIDRs) whose X-Forwarded-For names the client; empty: the socket peer is the client. */
    trustedProxies: string[];
  };
  persistedDocuments: { dir: string; onlyForAnonymous: boolean };
  /**
   * Expensive operations (estimated cost ≥ expensiveCost) run at most `perClient` (`perPortal` for a
   * registered portal) of estimated cost per client at once and `total` over all clients; the rest
   * wait in line, at most `maxQueued` per client (beyond: 429 RATE_LIMITED). Cheaper ones never wait.
   */
  concurrency: { expensiveCost: number; perClient: number; perPortal: number; total: number; maxQueued: number };
}

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  PRODUCTION: flag(false),
  MAX_DEPTH: positive(10),
  MAX_ALIASES: positive(15),
  MAX_TOKENS: positive(1000),
  MAX_DIRECTIVES: positive(10),
  MAX_COST: positive(20_000),
  ASSUMED_LIST_SIZE: positive(10),
  MAX_STRING_LENGTH: positive(1000),
  SEARCH_COST: z.coerce.number().int().min(0).default(1000),
  EXPENSIVE_COST: positive(1000),
  CONCURRENT_COST: positive(20_000),
  CONCURRENT_COST_PORTAL: positive(60_000),
  CONCURRENT_COST_TOTAL: positive(60_000),
  EXPENSIVE_QUEUE: z.coerce.number().int().min(0).default(10),
  MAX_BODY_BYTES: positive(100_000),
  OPERATION_TIMEOUT_MS: positive(10_000),
  CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60),
  RESPONSE_CACHE: flag(true),
  CHANGES_POLL_MS: positive(250),
  RESPONSE_CACHE_METADATA: flag(false),
  CORS_ORIGINS: list('*').refine(
    (origins) => origins.every((o) => o === '*' || URL.canParse(o)),
    'must be * or a comma-separated list of origins (https://portal.example)',
  ),
  RATE_LIMIT: positive(600),
  RATE_LIMIT_WINDOW: positive(60),
  RATE_LIMIT_PORTAL: positive(6000),
  API_KEY_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i, 'must be a header name')
    .default('x-api-key'),
  PORTAL_API_KEYS: list(''),
  TRUSTED_PROXIES: trustedProxiesSetting,
  PERSISTED_DOCUMENTS_DIR: z.string().min(1).default(path.join(repoRoot, 'gateway/persisted-documents')),
  TRUSTED_DOCUMENTS_ONLY: flag(false),
});

export function loadPublicApiConfig(env: Record<string, string | undefined> = process.env): PublicApiConfig {
  const c = parseConfig(schema, env);
  return {
    production: c.PRODUCTION || c.NODE_ENV === 'production',
    limits: {
      maxDepth: c.MAX_DEPTH,
      maxAliases: c.MAX_ALIASES,
      maxTokens: c.MAX_TOKENS,
      maxDirectives: c.MAX_DIRECTIVES,
      maxCost: c.MAX_COST,
      assumedListSize: c.ASSUMED_LIST_SIZE,
      maxStringLength: c.MAX_STRING_LENGTH,
      searchCost: c.SEARCH_COST,
      maxBodyBytes: c.MAX_BODY_BYTES,
      operationTimeoutMs: c.OPERATION_TIMEOUT_MS,
    },
    cache: { maxAgeSeconds: c.CACHE_MAX_AGE, responseCache: c.RESPONSE_CACHE, changesPollMs: c.CHANGES_POLL_MS, metadata: c.RESPONSE_CACHE_METADATA },
    corsOrigins: c.CORS_ORIGINS,
    rateLimit: {
      points: c.RATE_LIMIT,
      windowSeconds: c.RATE_LIMIT_WINDOW,
      portalPoints: c.RATE_LIMIT_PORTAL,
      apiKeyHeader: c.API_KEY_HEADER.toLowerCase(),
      portalApiKeys: c.PORTAL_API_KEYS,
      trustedProxies: c.TRUSTED_PROXIES,
    },
    persistedDocuments: { dir: path.resolve(repoRoot, c.PERSISTED_DOCUMENTS_DIR), onlyForAnonymous: c.TRUSTED_DOCUMENTS_ONLY },
    concurrency: {
      expensiveCost: c.EXPENSIVE_COST,
      perClient: c.CONCURRENT_COST,
      perPortal: c.CONCURRENT_COST_PORTAL,
      total: c.CONCURRENT_COST_TOTAL,
      maxQueued: c.EXPENSIVE_QUEUE,
    },
  };
}

/** The gateway's configuration, read once from the environment and validated. */
import { ConfigError, dataDir, flag, loadServerLimits, metricsToken, parseConfig, port, type ServerLimits } from '@edu-catalogus/kit/runtime';
import { SUBGRAPHS, type SubgraphName } from '@edu-catalogus/schema';
import { z } from 'zod';
import type { AuthConfig } from './auth/verifier.ts';
import { loadPublicApiConfig, type PublicApiConfig } from './public-config.ts';

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export interface GatewayConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Where each subgraph is; defaults to the URLs in the committed supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** GATEWAY_HMAC_SECRET; unset: generated into DATA_DIR on first start. */
  hmacSecret: string | undefined;
  auth: AuthConfig;
  publicApi: PublicApiConfig;
  /** `/metrics`: on the public port only with `token`; without one on `port` at `host` (loopback), if set. */
  metrics: { token: string | undefined; port: number | undefined; host: string };
  /** Header/request timeouts and open connections per IP (HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, MAX_CONNECTIONS_PER_IP). */
  server: ServerLimits;
}

const list = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])).min(1));

const authSchema = z
  .object({
    OIDC_ISSUER: url.optional(),
    OIDC_AUDIENCE: z.string().min(1).default('edu-catalogus'),
    OIDC_JWKS_URL: url.optional(),
    OIDC_JWKS_FILE: z.string().min(1).optional(),
    OIDC_ALGORITHMS: list.default(['RS256', 'ES256']),
    OIDC_ORG_CLAIM: z.string().min(1).default('org'),
    OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
    /** Entree Federatie: nlEduPersonHomeOrganizationId (docs/schools.md). */
    OIDC_SCHOOL_CLAIM: z.string().min(1).default('school'),
    /** Entree Federatie: nlEduPersonHomeOrganization. */
    OIDC_SCHOOL_NAME_CLAIM: z.string().min(1).default('school_name'),
    GATEWAY_HMAC_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    ALLOW_DEV_TOKENS: flag(false),
  })
  .refine((c) => !(c.OIDC_JWKS_URL || c.OIDC_JWKS_FILE) || c.OIDC_ISSUER, {
    message: 'OIDC_JWKS_URL/OIDC_JWKS_FILE need OIDC_ISSUER',
    path: ['OIDC_ISSUER'],
  });

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, url.default(s.url)]));
  const schema = z.object({
    GATEWAY_PORT: port(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: dataDir,
    METRICS_TOKEN: metricsToken,
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    ...urls,
  });
  const c = parseConfig(schema, env) as Record<string, unknown> & {
    GATEWAY_PORT: number;
    HOST: string;
    DATA_DIR: string;
    METRICS_TOKEN?: string;
    METRICS_PORT?: number;
    METRICS_HOST: string;
  };
  const a = parseConfig(authSchema, env);
  const publicApi = loadPublicApiConfig(env);
  // Anyone with DATA_DIR's development key could mint an admin token: never by accident in production.
  if (publicApi.production && !a.OIDC_ISSUER && !a.ALLOW_DEV_TOKENS) {
    throw new ConfigError(
      'OIDC_ISSUER is required in production mode (PRODUCTION/NODE_ENV): the development signing key would be trusted; set ALLOW_DEV_TOKENS=true to accept it anyway',
    );
  }
  return {
    hmacSecret: a.GATEWAY_HMAC_SECRET,
    auth: {
      issuer: a.OIDC_ISSUER,
      audience: a.OIDC_AUDIENCE,
      jwksUrl: a.OIDC_JWKS_URL,
      jwksFile: a.OIDC_JWKS_FILE,
      algorithms: a.OIDC_ALGORITHMS,
      orgClaim: a.OIDC_ORG_CLAIM,
      rolesClaim: a.OIDC_ROLES_CLAIM,
      schoolClaim: a.OIDC_SCHOOL_CLAIM,
      schoolNameClaim: a.OIDC_SCHOOL_NAME_CLAIM,
      dataDir: c.DATA_DIR,
    },
    port: c.GATEWAY_PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, c[`SUBGRAPH_${s.name.toUpperCase()}_URL`] as string])) as Record<SubgraphName, string>,
    publicApi,
    metrics: { token: c.METRICS_TOKEN, port: c.METRICS_PORT, host: c.METRICS_HOST },
    server: loadServerLimits(env),
  };
}

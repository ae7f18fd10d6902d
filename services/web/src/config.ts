/** The web service's configuration, read once from the environment and validated. */
import { ConfigError, dataDir, databaseUrl, flag, parseConfig, port, productionMode, trustedProxiesSetting } from '@edu-catalogus/kit/runtime';
import { z } from 'zod';
import type { OidcOptions } from './curation/oidc.ts';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export interface WebConfig {
  port: number;
  host: string;
  /** Where this server sends its GraphQL requests. */
  gatewayUrl: string;
  /** Where browsers (the widget) send theirs; differs from gatewayUrl behind a proxy. */
  publicGatewayUrl: string;
  /** Sent as x-api-key, so the gateway counts the site as a registered portal. */
  gatewayApiKey: string | undefined;
  /** Shared with the gateway under `npm start`: the site key is read from here when GATEWAY_API_KEY is unset. */
  dataDir: string;
  /** WEB_DATABASE_URL, else DATABASE_URL: sign-outs kept in PostgreSQL (schema `web`), shared by every instance; unset: in DATA_DIR. */
  databaseUrl: string | undefined;
  /** Which variable named it, for messages. */
  databaseUrlVariable: string | undefined;
  /** Curator sign-in; undefined: development tokens (no OIDC_ISSUER, as for the gateway). */
  oidc: OidcOptions | undefined;
  /** PRODUCTION=true or NODE_ENV=production. */
  production: boolean;
  /** The site's public origin (PUBLIC_URL): an https one makes every cookie Secure. */
  publicUrl: string | undefined;
  /** Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed. */
  trustedProxies: string[];
  /** Page requests per visitor IP per window, before the site spends its shared gateway budget. */
  rateLimit: { points: number; windowSeconds: number };
  /** The contact address in the open data's DCAT description. */
  openDataContactEmail: string | undefined;
}

const schema = z
  .object({
    WEB_PORT: port(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    GATEWAY_URL: httpUrl.default('http://localhost:4000/graphql'),
    PUBLIC_GATEWAY_URL: httpUrl.optional(),
    GATEWAY_API_KEY: z.string().min(1).optional(),
    DATA_DIR: dataDir,
    WEB_DATABASE_URL: databaseUrl,
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: httpUrl.optional(),
    // The same OIDC_ISSUER the gateway trusts; the site signs curators in there.
    OIDC_ISSUER: httpUrl.optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPE: z.string().min(1).default('openid profile'),
    // The ID-token claims naming a school's institution and its name; the same names the gateway reads in the access token (docs/schools.md).
    OIDC_SCHOOL_CLAIM: z.string().min(1).default('school'),
    OIDC_SCHOOL_NAME_CLAIM: z.string().min(1).default('school_name'),
    ALLOW_TOKEN_SIGN_IN: flag(false),
    TRUSTED_PROXIES: trustedProxiesSetting,
    WEB_RATE_LIMIT: z.coerce.number().int().positive().default(120),
    WEB_RATE_LIMIT_WINDOW: z.coerce.number().int().positive().default(60),
    OPEN_DATA_CONTACT_EMAIL: z.email().optional(),
  })
  .refine((c) => !c.OIDC_ISSUER || c.OIDC_CLIENT_ID, { path: ['OIDC_CLIENT_ID'], message: 'is required when OIDC_ISSUER is set (the site is an OIDC client)' });

export function loadWebConfig(env: Record<string, string | undefined> = process.env): WebConfig {
  const c = parseConfig(schema, env);
  const production = productionMode(env);
  // A pasted token is the development key's door: anyone holding DATA_DIR could sign in as anyone.
  if (production && !c.OIDC_ISSUER && !c.ALLOW_TOKEN_SIGN_IN) {
    throw new ConfigError(
      'OIDC_ISSUER is required in production mode (PRODUCTION/NODE_ENV): curators would sign in by pasting tokens; set ALLOW_TOKEN_SIGN_IN=true to allow it anyway',
    );
  }
  return {
    production,
    publicUrl: c.PUBLIC_URL,
    trustedProxies: c.TRUSTED_PROXIES,
    rateLimit: { points: c.WEB_RATE_LIMIT, windowSeconds: c.WEB_RATE_LIMIT_WINDOW },
    port: c.WEB_PORT,
    host: c.HOST,
    gatewayUrl: c.GATEWAY_URL,
    publicGatewayUrl: c.PUBLIC_GATEWAY_URL ?? c.GATEWAY_URL,
    gatewayApiKey: c.GATEWAY_API_KEY,
    dataDir: c.DATA_DIR,
    databaseUrl: c.WEB_DATABASE_URL ?? c.DATABASE_URL,
    databaseUrlVariable: c.WEB_DATABASE_URL ? 'WEB_DATABASE_URL' : c.DATABASE_URL ? 'DATABASE_URL' : undefined,
    openDataContactEmail: c.OPEN_DATA_CONTACT_EMAIL,
    oidc:
      c.OIDC_ISSUER && c.OIDC_CLIENT_ID
        ? {
            issuer: c.OIDC_ISSUER,
            clientId: c.OIDC_CLIENT_ID,
            clientSecret: c.OIDC_CLIENT_SECRET,
            scope: c.OIDC_SCOPE,
            publicUrl: c.PUBLIC_URL,
            schoolClaim: c.OIDC_SCHOOL_CLAIM,
            schoolNameClaim: c.OIDC_SCHOOL_NAME_CLAIM,
          }
        : undefined,
  };
}

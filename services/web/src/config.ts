/** The web service's configuration, read once from the environment and validated. */
import { dataDir, parseConfig, port } from '@edu-catalogus/kit';
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
  /** Curator sign-in; undefined: development tokens (no OIDC_ISSUER, as for the gateway). */
  oidc: OidcOptions | undefined;
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
    PUBLIC_URL: httpUrl.optional(),
    // The same OIDC_ISSUER the gateway trusts; the site signs curators in there.
    OIDC_ISSUER: httpUrl.optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPE: z.string().min(1).default('openid profile'),
    OPEN_DATA_CONTACT_EMAIL: z.email().optional(),
  })
  .refine((c) => !c.OIDC_ISSUER || c.OIDC_CLIENT_ID, { path: ['OIDC_CLIENT_ID'], message: 'is required when OIDC_ISSUER is set (the site is an OIDC client)' });

export function loadWebConfig(env: Record<string, string | undefined> = process.env): WebConfig {
  const c = parseConfig(schema, env);
  return {
    port: c.WEB_PORT,
    host: c.HOST,
    gatewayUrl: c.GATEWAY_URL,
    publicGatewayUrl: c.PUBLIC_GATEWAY_URL ?? c.GATEWAY_URL,
    gatewayApiKey: c.GATEWAY_API_KEY,
    dataDir: c.DATA_DIR,
    openDataContactEmail: c.OPEN_DATA_CONTACT_EMAIL,
    oidc:
      c.OIDC_ISSUER && c.OIDC_CLIENT_ID
        ? { issuer: c.OIDC_ISSUER, clientId: c.OIDC_CLIENT_ID, clientSecret: c.OIDC_CLIENT_SECRET, scope: c.OIDC_SCOPE, publicUrl: c.PUBLIC_URL }
        : undefined,
  };
}

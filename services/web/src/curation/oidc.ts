/**
 * Curator and school sign-in through an OIDC provider (Entree Federatie, SURFconext, a Keycloak broker ...):
 * authorization code with PKCE and state, by openid-client. The provider's access token is what
 * the gateway verifies (issuer, audience, roles), so the site keeps it as the session.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as client from 'openid-client';
import type { AppEnv } from '../env.ts';
import { curatorPaths } from './entities.ts';

export interface OidcOptions {
  issuer: string;
  clientId: string;
  clientSecret?: string | undefined;
  scope: string;
  /** The site's public origin, for the redirect URI behind a proxy; else the request's origin. */
  publicUrl?: string | undefined;
  /** The ID-token claims naming a school's institution and its name (OIDC_SCHOOL_CLAIM, OIDC_SCHOOL_NAME_CLAIM, as the gateway reads them). */
  schoolClaim?: string | undefined;
  schoolNameClaim?: string | undefined;
}

/** The flow's secrets between the redirect to the provider and the way back; 10 minutes. */
const FLOW_COOKIE = 'edu_oidc';

export class SignInFailed extends Error {}

export function createOidcSignIn(options: OidcOptions) {
  let discovered: Promise<client.Configuration> | undefined;
  // Discovered on first use, so the site starts while the provider is away; retried after a failure.
  const configuration = () =>
    (discovered ??= client
      .discovery(
        new URL(options.issuer),
        options.clientId,
        options.clientSecret,
        options.clientSecret ? undefined : client.None(),
        // Plain http is only for a provider on this machine (tests, development).
        new URL(options.issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      }));
  const origin = (c: Context<AppEnv>) => options.publicUrl ?? new URL(c.req.url).origin;

  return {
    oidc: true as const,
    async start(c: Context<AppEnv>, next: string): Promise<Response> {
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: new URL(curatorPaths.oidcCallback, origin(c)).href,
        scope: options.scope,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
      });
      const secure = c.var.visitor.https;
      setCookie(c, FLOW_COOKIE, JSON.stringify({ verifier, state, next }), {
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        path: curatorPaths.oidcCallback,
        maxAge: 600,
      });
      return c.redirect(url.href, 302);
    },
    /** The access token (the session), where to go next, and the ID token's claims (a school's institution). */
    async finish(c: Context<AppEnv>): Promise<{ token: string; next: string; claims: Record<string, unknown> }> {
      const flow = JSON.parse(getCookie(c, FLOW_COOKIE) ?? 'null') as { verifier: string; state: string; next: string } | null;
      deleteCookie(c, FLOW_COOKIE, { path: curatorPaths.oidcCallback });
      if (!flow) throw new SignInFailed('no sign-in was started from this browser');
      const here = new URL(c.req.url);
      try {
        const tokens = await client.authorizationCodeGrant(await configuration(), new URL(here.pathname + here.search, origin(c)), {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
        });
        return { token: tokens.access_token, next: flow.next, claims: { ...tokens.claims() } };
      } catch (cause) {
        throw new SignInFailed('the provider did not complete the sign-in', { cause });
      }
    },
  };
}

import { ConfigError } from '@edu-catalogus/kit/runtime';
import { describe, expect, it } from 'vitest';
import { loadWebConfig } from '../src/config.ts';

describe('web config', () => {
  it('defaults to port 3000 and the gateway on localhost:4000, which browsers also use', () => {
    const config = loadWebConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      gatewayUrl: 'http://localhost:4000/graphql',
      publicGatewayUrl: 'http://localhost:4000/graphql',
    });
    expect(config.gatewayApiKey).toBeUndefined();
  });

  it('takes WEB_PORT, GATEWAY_URL and a separate PUBLIC_GATEWAY_URL for browsers', () => {
    const config = loadWebConfig({ WEB_PORT: '8080', GATEWAY_URL: 'http://gateway.internal/graphql', PUBLIC_GATEWAY_URL: 'https://api.example.nl/graphql' });
    expect(config).toMatchObject({ port: 8080, gatewayUrl: 'http://gateway.internal/graphql', publicGatewayUrl: 'https://api.example.nl/graphql' });
  });

  it('stops on a port that is not a number, naming WEB_PORT', () => {
    expect(() => loadWebConfig({ WEB_PORT: 'web' })).toThrow(ConfigError);
    expect(() => loadWebConfig({ WEB_PORT: 'web' })).toThrow(/WEB_PORT/);
  });

  it('stops on a gateway URL that is not http(s), naming the variable', () => {
    expect(() => loadWebConfig({ GATEWAY_URL: 'ftp://gateway/graphql' })).toThrow(/GATEWAY_URL: must be an http\(s\) URL/);
    expect(() => loadWebConfig({ PUBLIC_GATEWAY_URL: 'not a url' })).toThrow(/PUBLIC_GATEWAY_URL/);
  });

  it('keeps sign-outs in PostgreSQL when WEB_DATABASE_URL or else DATABASE_URL is set, and refuses a URL that is not postgres://', () => {
    expect(loadWebConfig({}).databaseUrl).toBeUndefined();
    expect(loadWebConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(loadWebConfig({ DATABASE_URL: 'postgres://db/catalogue' })).toMatchObject({
      databaseUrl: 'postgres://db/catalogue',
      databaseUrlVariable: 'DATABASE_URL',
    });
    expect(loadWebConfig({ DATABASE_URL: 'postgres://db/catalogue', WEB_DATABASE_URL: 'postgresql://web-db/site' })).toMatchObject({
      databaseUrl: 'postgresql://web-db/site',
      databaseUrlVariable: 'WEB_DATABASE_URL',
    });
    expect(() => loadWebConfig({ WEB_DATABASE_URL: 'mysql://db/site' })).toThrow(/WEB_DATABASE_URL: must be a postgres:\/\/ \(or postgresql:\/\/\) URL/);
  });

  it('signs curators and schools in through OIDC when OIDC_ISSUER is set, and then needs the client id', () => {
    expect(loadWebConfig({}).oidc).toBeUndefined();
    expect(() => loadWebConfig({ OIDC_ISSUER: 'https://login.example.nl' })).toThrow(/OIDC_CLIENT_ID: is required when OIDC_ISSUER is set/);
    expect(loadWebConfig({ OIDC_ISSUER: 'https://login.example.nl', OIDC_CLIENT_ID: 'catalogus' }).oidc).toEqual({
      issuer: 'https://login.example.nl',
      clientId: 'catalogus',
      clientSecret: undefined,
      scope: 'openid profile',
      publicUrl: undefined,
      schoolClaim: 'school',
      schoolNameClaim: 'school_name',
    });
    const entree = { OIDC_SCHOOL_CLAIM: 'nlEduPersonHomeOrganizationId', OIDC_SCHOOL_NAME_CLAIM: 'nlEduPersonHomeOrganization' };
    expect(loadWebConfig({ OIDC_ISSUER: 'https://login.example.nl', OIDC_CLIENT_ID: 'catalogus', ...entree }).oidc).toMatchObject({
      schoolClaim: 'nlEduPersonHomeOrganizationId',
      schoolNameClaim: 'nlEduPersonHomeOrganization',
    });
  });

  it('refuses token-paste sign-in in production mode, in one line naming the setting, unless allowed', () => {
    for (const env of [{ PRODUCTION: 'true' }, { NODE_ENV: 'production' }]) {
      expect(() => loadWebConfig(env)).toThrow(ConfigError);
      expect(() => loadWebConfig(env)).toThrow(/^[^\n]*OIDC_ISSUER[^\n]*ALLOW_TOKEN_SIGN_IN[^\n]*$/);
    }
    expect(loadWebConfig({ PRODUCTION: 'true', ALLOW_TOKEN_SIGN_IN: 'true' }).production).toBe(true);
    expect(loadWebConfig({ NODE_ENV: 'production', OIDC_ISSUER: 'https://login.example.nl', OIDC_CLIENT_ID: 'c' }).oidc?.issuer).toBe(
      'https://login.example.nl',
    );
    expect(loadWebConfig({}).production).toBe(false);
  });

  it('reads TRUSTED_PROXIES like the gateway does, and refuses what is not an address or range', () => {
    expect(loadWebConfig({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).trustedProxies).toEqual(['10.0.0.0/8', '::1']);
    expect(() => loadWebConfig({ TRUSTED_PROXIES: 'proxy.example' })).toThrow(/TRUSTED_PROXIES/);
  });
});

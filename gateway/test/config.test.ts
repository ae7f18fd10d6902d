import { describe, expect, it } from 'vitest';
import { ConfigError } from '@edu-catalogus/kit/runtime';
import { loadGatewayConfig } from '../src/config.ts';

describe('gateway config', () => {
  it('defaults to port 4000 and the subgraph URLs of the supergraph', () => {
    const config = loadGatewayConfig({});
    expect(config.port).toBe(4000);
    expect(config.subgraphUrls).toEqual({
      tools: 'http://localhost:4001/graphql',
      facilities: 'http://localhost:4002/graphql',
      standards: 'http://localhost:4003/graphql',
      schools: 'http://localhost:4004/graphql',
    });
  });

  it('lets SUBGRAPH_<NAME>_URL point a subgraph elsewhere', () => {
    const config = loadGatewayConfig({ SUBGRAPH_TOOLS_URL: 'http://tools.internal:8080/graphql', GATEWAY_PORT: '8000' });
    expect(config.subgraphUrls.tools).toBe('http://tools.internal:8080/graphql');
    expect(config.port).toBe(8000);
  });

  it('stops on a URL that is not http(s), naming the variable', () => {
    expect(() => loadGatewayConfig({ SUBGRAPH_STANDARDS_URL: 'ftp://x' })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ SUBGRAPH_STANDARDS_URL: 'ftp://x' })).toThrow(/SUBGRAPH_STANDARDS_URL/);
  });

  it('refuses production mode with the development signing key, in one line naming the setting, unless allowed', () => {
    for (const env of [{ PRODUCTION: 'true' }, { NODE_ENV: 'production' }]) {
      expect(() => loadGatewayConfig(env)).toThrow(ConfigError);
      expect(() => loadGatewayConfig(env)).toThrow(/^[^\n]*OIDC_ISSUER[^\n]*ALLOW_DEV_TOKENS[^\n]*$/);
    }
    expect(loadGatewayConfig({ PRODUCTION: 'true', ALLOW_DEV_TOKENS: 'true' }).auth.issuer).toBeUndefined();
    expect(loadGatewayConfig({ PRODUCTION: 'true', OIDC_ISSUER: 'https://login.example.nl' }).auth.issuer).toBe('https://login.example.nl');
    expect(loadGatewayConfig({}).auth.issuer).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError } from '@edu-catalogus/kit';
import { loadGatewayConfig } from '../src/config.ts';

describe('gateway config', () => {
  it('defaults to port 4000 and the subgraph URLs of the supergraph', () => {
    const config = loadGatewayConfig({});
    expect(config.port).toBe(4000);
    expect(config.subgraphUrls).toEqual({
      tools: 'http://localhost:4001/graphql',
      facilities: 'http://localhost:4002/graphql',
      standards: 'http://localhost:4003/graphql',
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
});

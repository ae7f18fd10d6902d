import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@edu-catalogus/schema';
import { execArgv, SERVICES, stackEnvironment } from '../src/index.ts';

describe('the environment npm start gives its services', () => {
  it('turns port 0 into a free port and points the gateway, the peers and the web site at the ports chosen', async () => {
    const env = await stackEnvironment({ TOOLS_PORT: '0', GATEWAY_PORT: '0', HOST: '127.0.0.1' });
    expect(Number(env.TOOLS_PORT)).toBeGreaterThan(0);
    expect(env.FACILITIES_PORT).toBe('4002');
    expect(env.SUBGRAPH_TOOLS_URL).toBe(`http://127.0.0.1:${env.TOOLS_PORT}/graphql`);
    expect(env.GATEWAY_URL).toBe(`http://127.0.0.1:${env.GATEWAY_PORT}/graphql`);
  });

  it('keeps URLs that were set, and limits only the gateway heap', async () => {
    const env = await stackEnvironment({ SUBGRAPH_TOOLS_URL: 'http://tools.internal/graphql' });
    expect(env.SUBGRAPH_TOOLS_URL).toBe('http://tools.internal/graphql');
    const gateway = SERVICES.find((s) => s.name === 'gateway')!;
    expect(execArgv(gateway, { GATEWAY_HEAP_MB: '300' })).toContain('--max-old-space-size=300');
    expect(execArgv(SERVICES[0]!, {})).toEqual(['--import', 'tsx']);
  });

  it('starts every registry subgraph first, by its main.ts, and tells each the graph in the registry order', async () => {
    expect(SERVICES.filter((s) => s.stage === 0).map((s) => [s.name, s.entry])).toEqual(SUBGRAPHS.map((s) => [s.name, `services/${s.name}/src/main.ts`]));
    const env = await stackEnvironment({});
    expect(env.SUBGRAPH_NAMES).toBe(SUBGRAPHS.map((s) => s.name).join(','));
    expect(env.SUBGRAPH_NAMES).toBe('tools,facilities,standards,schools');
  });
});

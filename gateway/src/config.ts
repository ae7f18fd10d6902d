/** The gateway's configuration, read once from the environment and validated. */
import { dataDir, parseConfig, port } from '@edu-catalogus/kit';
import { SUBGRAPHS, type SubgraphName } from '@edu-catalogus/schema';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export interface GatewayConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Where each subgraph is; defaults to the URLs in the committed supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
}

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, url.default(s.url)]));
  const schema = z.object({ GATEWAY_PORT: port(4000), HOST: z.string().min(1).default('127.0.0.1'), DATA_DIR: dataDir, ...urls });
  const c = parseConfig(schema, env) as Record<string, unknown> & { GATEWAY_PORT: number; HOST: string; DATA_DIR: string };
  return {
    port: c.GATEWAY_PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, c[`SUBGRAPH_${s.name.toUpperCase()}_URL`] as string])) as Record<SubgraphName, string>,
  };
}

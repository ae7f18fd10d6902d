/** Starts the whole catalogue in-process on free loopback ports: three seeded subgraphs and the gateway. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BaseContext } from '@apollo/server';
import { createPeers, launchSubgraph, loadOrCreateSecret, silentLogger, type RunningServer, type SubgraphDefinition } from '@edu-catalogus/kit';
import * as facilities from '@edu-catalogus/facilities';
import { loadGatewayConfig, signDevToken, startConfiguredGateway, type DevTokenClaims, type GatewayOptions, type RunningGateway } from '@edu-catalogus/gateway';
import * as standards from '@edu-catalogus/standards';
import * as tools from '@edu-catalogus/tools';
import { postJson } from './http.ts';

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: { tools: string; facilities: string; standards: string };
  dataDir: string;
  /** The HMAC secret the gateway signs subgraph requests with. */
  secret: string;
  gateway: RunningGateway;
  /** A development token signed with the stack's local key (trusted when no OIDC issuer is set). */
  token: (claims: DevTokenClaims) => Promise<string>;
  /** POSTs a GraphQL request to the gateway and returns status, headers and parsed body. */
  query: <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse<T>>;
  stop: () => Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export interface StackOptions {
  gateway?: Pick<GatewayOptions, 'plugins' | 'logging' | 'logger'>;
  /** Extra gateway environment (OIDC_*, limits ...), read through the gateway's own config loader. */
  env?: Record<string, string>;
  /** Serve these prebuilt database files instead of seeding fresh ones (the search benchmark's catalogues). */
  databases?: Partial<Record<'tools' | 'facilities' | 'standards', string>>;
  /** Start with empty catalogues: the subgraphs do not load the seed files (an import target). */
  empty?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-'));
  const secret = loadOrCreateSecret(dataDir);
  // Filled once every subgraph listens: subgraphs ask each other whether referenced ids exist.
  const peerUrls: Record<string, string> = {};
  const peers = createPeers({ urls: () => peerUrls, secret });
  const launch = <D extends { $client: { close(): unknown } }, C extends BaseContext>(def: SubgraphDefinition<D, C>) =>
    launchSubgraph(options.empty ? { ...def, isEmpty: () => false } : def, {
      databaseFile: options.databases?.[def.name as keyof NonNullable<StackOptions['databases']>] ?? path.join(dataDir, def.databaseName),
      port: 0,
      logger: silentLogger,
      secret,
      peers,
      metricsToken: options.env?.METRICS_TOKEN,
    });
  const toolsServer = await launch(tools.definition);
  const facilitiesServer = await launch(facilities.definition);
  const standardsServer = await launch(standards.definition);
  const servers: RunningServer[] = [toolsServer, facilitiesServer, standardsServer];
  const subgraphUrls = { tools: toolsServer.url, facilities: facilitiesServer.url, standards: standardsServer.url };
  Object.assign(peerUrls, subgraphUrls);
  const config = loadGatewayConfig({
    DATA_DIR: dataDir,
    GATEWAY_PORT: '0',
    SUBGRAPH_TOOLS_URL: subgraphUrls.tools,
    SUBGRAPH_FACILITIES_URL: subgraphUrls.facilities,
    SUBGRAPH_STANDARDS_URL: subgraphUrls.standards,
    ...options.env,
  });
  const gateway = await startConfiguredGateway(config, { logging: false, ...options.gateway });
  const token = (claims: DevTokenClaims) => signDevToken(dataDir, config.auth.audience, claims);
  const query = async <T>(q: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await postJson(gateway.url, { query: q, variables }, headers);
    return { status: response.status, headers: response.headers, body: response.json as GraphQLResponse<T>['body'] };
  };
  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    dataDir,
    secret,
    gateway,
    token,
    query,
    stop: async () => {
      await gateway.close();
      for (const server of servers) await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

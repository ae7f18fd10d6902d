/**
 * Starts the whole catalogue in-process on free loopback ports: every registry subgraph, seeded, and the
 * gateway. `store: 'postgres'` serves every subgraph whose definition has `openPostgres` from one
 * throwaway PostgreSQL server (each in the schema of its name), the others from SQLite as before.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, createPeers, graphEnvironment, loadOrCreateSecret, silentLogger, type RunningServer } from '@edu-catalogus/kit/runtime';
import { launchSubgraph, type SubgraphDefinition } from '@edu-catalogus/kit/subgraph';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadGatewayConfig, signDevToken, startConfiguredGateway, type DevTokenClaims, type GatewayOptions, type RunningGateway } from '@edu-catalogus/gateway';
import { subgraphs } from '@edu-catalogus/schema/registry';
import { postJson } from './http.ts';
import { POSTGRES_TEMPLATE_VARIABLE, SEEDED_TEMPLATE_VARIABLE } from './seeded-template.ts';

export interface Stack {
  gatewayUrl: string;
  /** Every registry subgraph's URL by name (the three named ones typed for the tests that use them). */
  subgraphUrls: Record<string, string> & Record<'tools' | 'facilities' | 'standards', string>;
  dataDir: string;
  /** The HMAC secret the gateway signs subgraph requests with. */
  secret: string;
  /** Which store each subgraph serves from. */
  stores: Record<string, 'sqlite' | 'postgres'>;
  /** The stack's PostgreSQL (`store: 'postgres'`). */
  databaseUrl?: string;
  /** Another process of a subgraph on the same store (PostgreSQL: a replica), with the stack's secret and peers; stopped with the stack. */
  launchReplica: (name: string) => Promise<RunningServer>;
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
  databases?: Partial<Record<string, string>>;
  /** Start with empty catalogues: the subgraphs do not load the seed files (an import target). */
  empty?: boolean;
  /**
   * `postgres`: one throwaway PostgreSQL server for the stack, serving every subgraph that can. Default: the
   * `STACK_STORE` variable (the `postgres` test project of vitest.config.ts runs whole-stack files with it), else `sqlite`.
   */
  store?: 'sqlite' | 'postgres';
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-'));
  const secret = loadOrCreateSecret(dataDir);
  // Filled once every subgraph listens: subgraphs ask each other whether referenced ids exist.
  const peerUrls: Record<string, string> = {};
  const peers = createPeers({ urls: () => peerUrls, secret, subgraphs: subgraphs.map((s) => s.name) });
  const servers: RunningServer[] = [];
  const store = options.store ?? (process.env.STACK_STORE === 'postgres' ? 'postgres' : 'sqlite');
  // Under vitest the run's seeded templates (src/seeded-template.ts) replace seeding each database again.
  const template = options.empty ? undefined : process.env[SEEDED_TEMPLATE_VARIABLE];
  const postgresTemplate = options.empty ? undefined : process.env[POSTGRES_TEMPLATE_VARIABLE];
  const postgres: StartedPostgres | undefined = store === 'postgres' ? await startPostgres({ dataTemplate: postgresTemplate }) : undefined;
  const stores: Stack['stores'] = {};
  const launch = (def: SubgraphDefinition) => {
    const databaseUrl = postgres && def.openPostgres ? postgres.url : undefined;
    stores[def.name] = databaseUrl ? 'postgres' : 'sqlite';
    return launchSubgraph(options.empty ? { ...def, isEmpty: () => false } : def, {
      databaseFile: options.databases?.[def.name] ?? path.join(dataDir, def.databaseName),
      databaseUrl,
      port: 0,
      // STACK_LOG_LEVEL=error (or warn, info) shows the subgraphs' logs: the full error behind a masked one.
      logger: process.env.STACK_LOG_LEVEL ? createLogger(def.name, process.env.STACK_LOG_LEVEL) : silentLogger,
      secret,
      peers,
      metricsToken: options.env?.METRICS_TOKEN,
    });
  };
  try {
    for (const def of subgraphs) {
      const seeded = template && path.join(template, def.databaseName);
      if (seeded && !options.databases?.[def.name] && existsSync(seeded)) copyFileSync(seeded, path.join(dataDir, def.databaseName));
      const server = await launch(def);
      servers.push(server);
      peerUrls[def.name] = server.url;
    }
  } catch (error) {
    for (const server of servers) await server.close();
    await postgres?.stop();
    throw error;
  }
  if (postgres) {
    const onSqlite = Object.keys(stores).filter((name) => stores[name] === 'sqlite');
    if (onSqlite.length)
      console.info(`startStack({ store: 'postgres' }): ${onSqlite.join(', ')} cannot serve from PostgreSQL yet (no openPostgres); on SQLite`);
  }
  const subgraphUrls = { ...peerUrls } as Stack['subgraphUrls'];
  const config = loadGatewayConfig({
    DATA_DIR: dataDir,
    GATEWAY_PORT: '0',
    ...graphEnvironment(subgraphs.map((s) => ({ name: s.name, url: subgraphUrls[s.name]! }))),
    ...options.env,
  });
  const gateway = await startConfiguredGateway(config, { logging: false, ...options.gateway });
  const token = (claims: DevTokenClaims) => signDevToken(dataDir, config.auth.audience, claims);
  const query = async <T>(q: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await postJson(gateway.url, { query: q, variables }, headers);
    return { status: response.status, headers: response.headers, body: response.json as GraphQLResponse<T>['body'] };
  };
  const launchReplica = async (name: string) => {
    const def = subgraphs.find((s) => s.name === name);
    if (!def) throw new Error(`no subgraph ${name} in the registry`);
    const server = await launch(def);
    servers.push(server);
    return server;
  };
  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    dataDir,
    secret,
    stores,
    ...(postgres ? { databaseUrl: postgres.url } : {}),
    launchReplica,
    gateway,
    token,
    query,
    stop: async () => {
      await gateway.close();
      for (const server of servers) await server.close();
      await postgres?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Builds the Hive Gateway runtime over the committed supergraph, planned by the Rust query planner. */
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { readSupergraph, type SubgraphName } from '@edu-catalogus/schema';
import { genericAuthOptions, identityForwardingPlugins } from './auth/plugins.ts';
import type { TokenVerifier } from './auth/verifier.ts';

export interface GatewayOptions {
  subgraphUrls: Record<SubgraphName, string>;
  /** Supergraph SDL; defaults to schema/supergraph.graphql. */
  supergraph?: string;
  /** Extra plugins, e.g. a test's request counter. */
  plugins?: GatewayPlugin[];
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
  /** Verifies bearer tokens (see auth/verifier.ts). */
  verifyToken: TokenVerifier;
  /** Shared HMAC secret that signs every subgraph request. */
  secret: string;
}

export function createGateway(options: GatewayOptions) {
  return createGatewayRuntime({
    supergraph: options.supergraph ?? readSupergraph(),
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }])),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    landingPage: false,
    logging: options.logging ?? 'warn',
    genericAuth: genericAuthOptions(options.verifyToken),
    plugins: () => [...identityForwardingPlugins(options.secret), ...(options.plugins ?? [])],
  });
}
export type Gateway = ReturnType<typeof createGateway>;

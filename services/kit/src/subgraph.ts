/** Builds a subgraph's Apollo Server from its SDL file and resolvers, with masked errors. */
import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { gql } from 'graphql-tag';
import type { Logger } from 'pino';
import { createErrorFormatter } from './errors.ts';

export function loadTypeDefs(file: string): string {
  return readFileSync(file, 'utf8');
}

export interface SubgraphOptions {
  typeDefs: string;
  // Resolver maps are typed per subgraph; Apollo's helper type is structural enough to accept them.
  resolvers: Record<string, any>;
  logger: Logger;
  /** Extra Apollo plugins, e.g. to start and stop a background worker with the server. */
  plugins?: ApolloServerPlugin<any>[];
}

export function createSubgraphServer<C extends BaseContext>(options: SubgraphOptions): ApolloServer<C> {
  return new ApolloServer<C>({
    schema: buildSubgraphSchema([{ typeDefs: gql(options.typeDefs), resolvers: options.resolvers }]),
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The process has one shutdown path (run.ts): Apollo's own would re-raise SIGTERM before the database is closed.
    stopOnTerminationSignals: false,
    // Federated tracing is Apollo GraphOS usage reporting; nothing here reads it. Cache hints: no type
    // declares @cacheControl and the gateway decides HTTP caching, yet the plugin wraps every resolved
    // field (about a third of a subgraph's CPU on a page of 100 tools for the exports).
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), ...(options.plugins ?? [])],
    logger: {
      debug: (m) => options.logger.debug(m),
      info: (m) => options.logger.info(m),
      warn: (m) => options.logger.warn(m),
      error: (m) => options.logger.error(m),
    },
  });
}

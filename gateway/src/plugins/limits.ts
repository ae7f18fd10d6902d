/** Shape limits on the operation document (graphql-armor): depth, aliases, tokens, directives, suggestions. */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { PublicApiConfig } from '../public-config.ts';
import type { RefusalCode } from './refusal.ts';

/**
 * A limit refusal is a 400 whatever the client accepts. Yoga marks parse and validation errors as
 * "spec" errors, which it answers 200 to `Accept: application/json` clients; `spec: false` opts out.
 */
const LIMIT_HTTP = () => ({ status: 400, spec: false });

/**
 * graphql-armor throws from inside validation by default, which Yoga answers as a 200; reported as
 * validation errors instead, each carries its own code and is answered 400.
 */
const reportAs = (code: RefusalCode) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code, http: LIMIT_HTTP() } })),
  ],
});

/** The token limit stops the parser with its own code (not GRAPHQL_PARSE_FAILED), answered 400. */
function tokenLimit(n: number): GatewayPlugin[] {
  const armor = maxTokensPlugin({
    n,
    propagateOnRejection: false,
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        throw new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'TOKEN_LIMIT_EXCEEDED', http: LIMIT_HTTP() } });
      },
    ],
  });
  // Yoga marks every parse error "spec" again after our hook; the result still holds the same error.
  const keepStatus: GatewayPlugin = {
    onResultProcess({ result }) {
      for (const error of (result as { errors?: GraphQLError[] }).errors ?? []) {
        if (error.extensions?.code === 'TOKEN_LIMIT_EXCEEDED') Object.assign(error.extensions.http as object, LIMIT_HTTP());
      }
    },
  };
  return [armor as GatewayPlugin, keepStatus];
}

export function limitPlugins(limits: PublicApiConfig['limits'], production: boolean) {
  return [
    ...tokenLimit(limits.maxTokens),
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reportAs('DEPTH_LIMIT_EXCEEDED') }),
    // __typename counts too: an alias flood of it is still a flood.
    maxAliasesPlugin({ n: limits.maxAliases, allowList: [], ...reportAs('ALIAS_LIMIT_EXCEEDED') }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...reportAs('DIRECTIVE_LIMIT_EXCEEDED') }),
    // Suggestions help a developer but map the schema for an attacker; the schema stays introspectable.
    ...(production ? [blockFieldSuggestionsPlugin()] : []),
  ];
}

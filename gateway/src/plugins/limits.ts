/** Shape limits on the operation document (graphql-armor): depth, aliases, tokens, directives, suggestions. */
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { PublicApiConfig } from '../public-config.ts';
import type { RefusalCode } from './refusal.ts';

/**
 * graphql-armor throws from inside validation by default, which Yoga answers as a 200; reported as
 * validation errors instead, each carries its own code and is answered 400.
 */
const reportAs = (code: RefusalCode) => ({
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }))],
});

export function limitPlugins(limits: PublicApiConfig['limits'], production: boolean) {
  return [
    maxTokensPlugin({ n: limits.maxTokens }),
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reportAs('DEPTH_LIMIT_EXCEEDED') }),
    // __typename counts too: an alias flood of it is still a flood.
    maxAliasesPlugin({ n: limits.maxAliases, allowList: [], ...reportAs('ALIAS_LIMIT_EXCEEDED') }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...reportAs('DIRECTIVE_LIMIT_EXCEEDED') }),
    // Suggestions help a developer but map the schema for an attacker; the schema stays introspectable.
    ...(production ? [blockFieldSuggestionsPlugin()] : []),
  ];
}

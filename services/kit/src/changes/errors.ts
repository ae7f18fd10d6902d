/** Duck-typed check for the feed's GraphQLErrors (graphql's CJS and ESM builds may both be loaded). */
export const isGraphQLErrorLike = (e: unknown): e is Error & { extensions: Record<string, unknown> } =>
  e instanceof Error && typeof (e as { extensions?: unknown }).extensions === 'object';

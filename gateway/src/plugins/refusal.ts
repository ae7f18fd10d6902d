/** A refused request as a GraphQL error: a code for clients and the HTTP status Yoga should answer with. */
import { GraphQLError } from 'graphql';

export function refusal(message: string, code: string, status = 400, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status } } });
}

/** The same refusal as a whole response body, for answers given before GraphQL runs (HTTP layer). */
export function refusalBody(message: string, code: string, extensions: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { ...extensions, code } }] });
}

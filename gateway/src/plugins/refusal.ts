/** A refused request as a GraphQL error: a code for clients and the HTTP status Yoga should answer with. */
import type { ErrorCode } from '@edu-catalogus/kit/runtime';
import { GraphQLError } from 'graphql';

/** The codes the gateway refuses requests with, besides the domain codes of the subgraphs. */
export const REFUSAL_CODES = [
  'DEPTH_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'COST_ESTIMATED_TOO_EXPENSIVE',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'OPERATION_TIMEOUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_ONLY',
  'PERSISTED_QUERY_ID_REQUIRED',
  'GRAPHQL_VALIDATION_FAILED',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number] | ErrorCode;

export function refusal(message: string, code: RefusalCode, status = 400, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status } } });
}

/** The same refusal as a whole response body, for answers given before GraphQL runs (HTTP layer). */
export function refusalBody(message: string, code: RefusalCode, extensions: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { ...extensions, code } }] });
}

/** A refusal answered before GraphQL runs, as a JSON response with any extra headers (Retry-After ...). */
export function refusalResponse(Response: typeof globalThis.Response, status: number, body: string, headers: HeadersInit = {}): Response {
  return new Response(body, { status, headers: { ...Object.fromEntries(new Headers(headers)), 'content-type': 'application/json; charset=utf-8' } });
}

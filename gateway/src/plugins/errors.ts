/**
 * Error masking at the gateway. Errors that carry a code (refusals, validation, the subgraphs' own
 * domain errors) pass; anything else becomes "Unexpected error." with INTERNAL_SERVER_ERROR. Every
 * INTERNAL_SERVER_ERROR reaching a client carries the request id, and the full error is logged with it.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createGraphQLError } from '@graphql-tools/utils';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { ERROR_CODES, isGraphQLError, PASS_THROUGH_CODES, UNAVAILABLE_CODES } from '@edu-catalogus/kit/runtime';
import { REFUSAL_CODES } from './refusal.ts';
import type { RequestIds } from './request-id.ts';

const UNEXPECTED = 'Unexpected error.';

/**
 * Codes a client may see with their message. Anything else is masked, including the gateway's own
 * transport errors (SUBREQUEST_HTTP_ERROR carries subgraph addresses and the signed request body).
 */
const CLIENT_CODES = new Set<string>([...ERROR_CODES, ...PASS_THROUGH_CODES, ...REFUSAL_CODES, ...UNAVAILABLE_CODES]);

/** Seconds a client is asked to wait before retrying an operation a subgraph could not serve. */
export const RETRY_AFTER_SECONDS = 5;
const unavailable = { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } };

/**
 * A subgraph that could not be reached or answered with no GraphQL (SUBREQUEST_HTTP_ERROR: refused,
 * reset, 502/503 from a proxy) is an outage worth retrying, not a bug: SERVICE_UNAVAILABLE, HTTP 503.
 */
function asUnavailable(error: unknown): GraphQLError | undefined {
  if (!isGraphQLError(error)) return undefined;
  const code = String(error.extensions?.code);
  const path = error.path ? { path: error.path } : {};
  if (code === 'SUBREQUEST_HTTP_ERROR') {
    const service = typeof error.extensions?.serviceName === 'string' ? error.extensions.serviceName : undefined;
    return createGraphQLError(`The ${service ?? 'catalogue'} service is unavailable; try again in a few seconds.`, {
      ...path,
      extensions: { code: 'SERVICE_UNAVAILABLE', ...(service ? { service } : {}), http: unavailable },
      originalError: error,
    });
  }
  if ((UNAVAILABLE_CODES as readonly string[]).includes(code)) {
    return createGraphQLError(error.message, { ...path, extensions: { ...error.extensions, http: unavailable } });
  }
  return undefined;
}

/**
 * Free text over the documented limits (kit's text-limits.ts: its refusals carry `maxChars` or `maxWords`)
 * is refused by the subgraph that reads it; the gateway answers it with 400, as it does its own limits.
 */
function asOverLimit(error: unknown): GraphQLError | undefined {
  if (!isGraphQLError(error) || error.extensions?.code !== 'BAD_USER_INPUT') return undefined;
  if (error.extensions.maxChars === undefined && error.extensions.maxWords === undefined) return undefined;
  return createGraphQLError(error.message, { ...(error.path ? { path: error.path } : {}), extensions: { ...error.extensions, http: { status: 400 } } });
}

/** An error raised on purpose: a GraphQLError with a client code that does not wrap a foreign exception. */
function isIntended(error: unknown): error is GraphQLError {
  if (!isGraphQLError(error)) return false;
  if (error.originalError && !isGraphQLError(error.originalError)) return false;
  return CLIENT_CODES.has(String(error.extensions?.code));
}

/** Yoga's `maskedErrors.maskError`: keeps intended errors, hides the rest but keeps it for the log. */
export function maskError(error: unknown): Error {
  const outage = asUnavailable(error);
  if (outage) return outage;
  const overLimit = asOverLimit(error);
  if (overLimit) return overLimit;
  if (isIntended(error)) return error;
  // GraphQL's own request errors (syntax, validation) have no code of their own.
  if (isGraphQLError(error) && !error.originalError && !error.path && error.extensions?.code === undefined) return error;
  const http = isGraphQLError(error) ? error.extensions?.http : undefined;
  return createGraphQLError(UNEXPECTED, {
    ...(isGraphQLError(error) && error.path ? { path: error.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(http ? { http } : {}) },
    originalError: error instanceof Error ? error : new Error(String(error)),
  });
}

type Result = { errors?: readonly GraphQLError[] } & Record<string, unknown>;

/** Adds the request id to unexpected errors in the response and logs what they hid. */
export function useErrorRequestIds(requestIds: RequestIds, logger: Logger): GatewayPlugin {
  const stamp = (result: Result, requestId: string): Result => {
    if (!result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) return result;
    const errors = result.errors.map((error) => {
      if (error.extensions?.code !== 'INTERNAL_SERVER_ERROR') return error;
      logger.error({ requestId, err: error.originalError ?? error, path: error.path }, 'unexpected error');
      return createGraphQLError(UNEXPECTED, {
        ...(error.path ? { path: error.path } : {}),
        extensions: { ...error.extensions, code: 'INTERNAL_SERVER_ERROR', requestId },
      });
    });
    return { ...result, errors };
  };
  return {
    onResultProcess({ request, result, setResult }) {
      if (Symbol.asyncIterator in (result as object)) return;
      const requestId = requestIds.of(request);
      setResult(Array.isArray(result) ? result.map((r) => stamp(r as Result, requestId)) : (stamp(result as Result, requestId) as never));
    },
  };
}

/** Domain errors, thrown by stores and resolvers, translated to GraphQL error codes in one place. */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly extensions: Record<string, unknown>;
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.extensions = extensions;
  }
}

/** Bad input; `field` names the argument or input path (`first`, `input.license`). */
export class InputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(field: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message.startsWith(field) ? message : `${field}: ${message}`, { field, ...extensions });
  }
}
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

/** Duck-typed, because graphql's CommonJS and ESM builds can both be loaded (two GraphQLError classes). */
export function isGraphQLError(error: unknown): error is GraphQLError {
  // Subclasses (Apollo's UserInputError for a variable of the wrong type) keep GraphQLError's toStringTag.
  return (
    error instanceof GraphQLError ||
    (error instanceof Error && (error.name === 'GraphQLError' || Object.prototype.toString.call(error) === '[object GraphQLError]'))
  );
}

/** The innermost cause: resolvers' errors arrive wrapped in one or more GraphQLErrors. */
function unwrap(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError) current = current.originalError;
  return current;
}

/** GraphQL's own request errors, safe to show as they are (the gateway's masking uses them too). */
export const PASS_THROUGH_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Codes of failures a client should retry later rather than report: the service or its storage is unavailable. */
export const UNAVAILABLE_CODES = ['SERVICE_UNAVAILABLE', 'STORAGE_UNAVAILABLE'] as const;

const STORAGE_FULL = {
  code: 'STORAGE_UNAVAILABLE',
  message: 'The catalogue cannot store changes right now (its disk is full or read-only); nothing was saved, try again later.',
} as const;
const UNAVAILABLE = { code: 'SERVICE_UNAVAILABLE', message: 'The catalogue is unavailable right now; try again later.' } as const;

/** The error code of a driver error, also when drizzle wrapped it (its `cause`); pg's lost connection has only a message. */
function driverCode(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown; message?: unknown } | null | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string') return e.code;
    if (typeof e.message === 'string' && /^Connection terminated|^timeout exceeded when trying to connect/.test(e.message)) return 'ECONNRESET';
  }
  return undefined;
}

/**
 * Store failures that are no bug but the state of the machine: a full or read-only disk refuses the
 * write (STORAGE_UNAVAILABLE), a database busy past its timeout, damaged or out of reach refuses the
 * request (SERVICE_UNAVAILABLE). Nothing was stored: the write's transaction was rolled back.
 * SQLite's codes, and PostgreSQL's SQLSTATEs for the same: 53100 disk full and 25006 read-only
 * (a standby), connection failures (class 08, 57P01-57P03 shutdown, 53300 too many connections, a
 * refused, reset or timed-out socket).
 */
export function storageFailure(error: unknown): { code: (typeof UNAVAILABLE_CODES)[number]; message: string } | undefined {
  const code = driverCode(error);
  if (code === undefined) return undefined;
  if (/^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/.test(code) || code === '53100' || code === '25006') return STORAGE_FULL;
  if (/^SQLITE_(BUSY|LOCKED|CORRUPT|NOTADB)/.test(code) || /^(08...|57P0[123]|53300|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/.test(code)) return UNAVAILABLE;
  return undefined;
}

/**
 * Apollo Server `formatError`: domain errors keep their code and message, GraphQL's own request
 * errors pass, and everything else (driver messages, SQL, stack traces) is masked and logged.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...original.extensions, code: original.code },
      };
    }
    const storage = storageFailure(original);
    if (storage) {
      logger.error({ err: original, path: formatted.path }, 'storage failure');
      return { message: storage.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: storage.code } };
    }
    const code = formatted.extensions?.code;
    if (isGraphQLError(original) && typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Unexpected error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** The site's only way to the catalogue: registered GraphQL documents POSTed to the gateway. */
import type { RegisteredDocument } from './documents.ts';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResult<T> {
  data: T | null;
  errors: GraphQLError[];
}

/** The gateway did not answer (down, timed out, not GraphQL). */
export class GatewayUnavailableError extends Error {}

/** The gateway refused the site for now (its rate limit 429, overload 503, its deadline 504): try again later. */
export class GatewayBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the gateway asks to retry after ${retryAfterSeconds} s`);
  }
}

/** The gateway answered with errors where the page needs data. */
export class GatewayQueryError extends Error {
  constructor(
    readonly document: string,
    readonly errors: GraphQLError[],
  ) {
    super(`${document}: ${errors.map((e) => e.message).join('; ')}`);
  }
}

/**
 * The request that names a document: a registered one by its id in the gateway's trusted-document
 * store (`npm run persist` writes them there), a run-time one by its text.
 */
export const requestBody = <V>(document: RegisteredDocument<unknown, V>, variables: V | Record<string, never> = {}) =>
  document.persisted ? { documentId: document.id, variables } : { query: document.text, operationName: document.operationName, variables };

export interface GatewayClient {
  /** Data and errors as the gateway sent them, for callers that show errors (forms). */
  send<T, V = Record<string, unknown>>(document: RegisteredDocument<T, V>, variables?: V, options?: { token?: string }): Promise<GraphQLResult<T>>;
  /** The data, or a GatewayQueryError when any error came back. */
  read<T, V = Record<string, unknown>>(document: RegisteredDocument<T, V>, variables?: V, options?: { token?: string }): Promise<T>;
}

export interface GatewayClientOptions {
  url: string;
  /** A portal API key: the gateway rate-limits the site by key rather than as one busy IP address. */
  apiKey?: string | undefined;
  timeoutMs?: number;
}

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const send = async <T, V>(document: RegisteredDocument<T, V>, variables?: V, { token }: { token?: string } = {}): Promise<GraphQLResult<T>> => {
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(requestBody(document, variables ?? {})),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (cause) {
      throw new GatewayUnavailableError(`the gateway at ${options.url} did not answer`, { cause });
    }
    if (response.status === 429 || response.status === 503 || response.status === 504) {
      await response.body?.cancel();
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new GatewayBusyError(Number.isInteger(retryAfter) && retryAfter > 0 ? retryAfter : 30);
    }
    const body = (await response.json().catch(() => null)) as { data?: T | null; errors?: GraphQLError[] } | null;
    if (!body || (body.data === undefined && !body.errors)) {
      throw new GatewayUnavailableError(`the gateway at ${options.url} answered ${response.status} without a GraphQL result`);
    }
    return { data: body.data ?? null, errors: body.errors ?? [] };
  };
  return {
    send,
    async read<T, V>(document: RegisteredDocument<T, V>, variables?: V, options?: { token?: string }) {
      const result = await send(document, variables, options);
      if (result.errors.length > 0 || result.data === null) throw new GatewayQueryError(document.name, result.errors);
      return result.data;
    },
  };
}

/** A curator's GraphQL client of the gateway: the curation API is the only way an import writes. */
export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; problems?: unknown; [key: string]: unknown };
}

export class ApiRequestError extends Error {
  constructor(readonly errors: ApiError[]) {
    super(
      errors.map((e) => `${e.message}${e.extensions?.code ? ` (${e.extensions.code}${e.extensions.field ? ` ${e.extensions.field}` : ''})` : ''}`).join('; '),
    );
  }
}

export type CurationClient = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export function createCurationClient(options: { url: string; token: string }): CurationClient {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json().catch(() => null)) as { data?: T; errors?: ApiError[] } | null;
    if (!body) throw new Error(`the gateway at ${options.url} answered ${response.status} without a GraphQL result`);
    if (body.errors?.length || !body.data) throw new ApiRequestError(body.errors ?? [{ message: `HTTP ${response.status}` }]);
    return body.data;
  };
}

/** Request ids: the client's `x-request-id` when sent (Hive Gateway's rule), else generated and remembered per request. */
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RequestIds {
  generate: (payload: { request: Request }) => string;
  of: (request: Request) => string;
}

export function createRequestIds(): RequestIds {
  const generated = new WeakMap<Request, string>();
  return {
    generate: ({ request }) => {
      const id = randomUUID();
      generated.set(request, id);
      return id;
    },
    of: (request) => request.headers.get(REQUEST_ID_HEADER) ?? generated.get(request) ?? 'unknown',
  };
}

/**
 * HTTP caching for portals: an anonymous, error-free GET answer is `public, max-age=N` with an ETag of
 * its content (304 when the client already has it); anything signed in is `private, no-store`; the rest
 * (POST, mutations, errors) is `no-store`.
 */
import { createHash } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

const JSON_TYPES = /application\/(graphql-response\+)?json/;

export function useHttpCache(options: { maxAgeSeconds: number; graphqlEndpoint: string }): GatewayPlugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (new URL(request.url).pathname !== options.graphqlEndpoint) return;
      if (request.headers.has('authorization')) {
        response.headers.set('cache-control', 'private, no-store');
        return;
      }
      const cacheable = request.method === 'GET' && response.status === 200 && JSON_TYPES.test(response.headers.get('content-type') ?? '');
      // The response cache labels answers with its own key and time; only a content ETag is honest.
      response.headers.delete('etag');
      response.headers.delete('last-modified');
      if (!cacheable) {
        if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
        return;
      }
      const body = await response.text();
      const headers = new fetchAPI.Headers(Object.fromEntries(response.headers.entries()));
      if ((JSON.parse(body) as { errors?: unknown }).errors) {
        headers.set('cache-control', 'no-store');
        setResponse(new fetchAPI.Response(body, { status: response.status, headers }));
        return;
      }
      const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
      headers.set('etag', etag);
      headers.set('cache-control', `public, max-age=${options.maxAgeSeconds}`);
      // A shared cache must not hand this anonymous answer to a signed-in request.
      headers.append('vary', 'Authorization');
      const matches = (request.headers.get('if-none-match') ?? '').split(',').some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}`);
      setResponse(matches ? new fetchAPI.Response(null, { status: 304, headers }) : new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}

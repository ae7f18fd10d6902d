/**
 * `GET /changes?after=<cursor>&limit=100&type=…`: the feed as a CloudEvents batch
 * (`application/cloudevents-batch+json`), with the next cursor in the `Link` header and
 * `X-Next-Cursor` (a batch is a bare JSON array). Anonymous, replayable, never cached: a cursor's
 * page grows as events arrive.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { isGraphQLErrorLike, type Feed } from '@edu-catalogus/kit/runtime';

export const CHANGES_ENDPOINT = '/changes';

export function useChangesEndpoint(feed: Feed): GatewayPlugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== CHANGES_ENDPOINT) return;
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status,
            headers: { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8', ...headers },
          }),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD') return json(405, { error: 'Use GET.' }, { allow: 'GET, HEAD' });
      const limit = url.searchParams.get('limit');
      try {
        const page = await feed.read({
          after: url.searchParams.get('after'),
          first: limit === null ? 100 : Number(limit),
          types: url.searchParams.getAll('type'),
        });
        const next = new URL(url);
        next.searchParams.set('after', page.next);
        return json(200, page.events, {
          'content-type': 'application/cloudevents-batch+json; charset=utf-8',
          link: `<${next.pathname}${next.search}>; rel="next"`,
          'x-next-cursor': page.next,
          'x-has-more': String(page.hasMore),
        });
      } catch (error) {
        if (isGraphQLErrorLike(error) && error.extensions.code === 'BAD_USER_INPUT') return json(400, { error: error.message, field: error.extensions.field });
        return json(503, { error: 'The change feed is unavailable: a subgraph did not answer.' });
      }
    },
  };
}

/**
 * Refusals at the HTTP level carry a GraphQL error with a code too: a POST that is not JSON is refused
 * (form and multipart bodies are "simple" requests a foreign page can send), and a bodiless 4xx from
 * the server (405, 406, 415) gets a body naming its code.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { refusalBody, refusalResponse, type RefusalCode } from './refusal.ts';

const CODES: Record<number, [RefusalCode, string]> = {
  405: ['METHOD_NOT_ALLOWED', 'Use GET for queries or POST for any operation.'],
  406: ['NOT_ACCEPTABLE', 'Accept application/graphql-response+json or application/json.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'],
};

export function useHttpRefusals(graphqlEndpoint: string): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint || request.method !== 'POST') return;
      if (!/^application\/(graphql-response\+)?json\b/i.test(request.headers.get('content-type') ?? '')) {
        const [code, message] = CODES[415]!;
        endResponse(refusalResponse(fetchAPI.Response, 415, refusalBody(message, code)));
      }
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const entry = CODES[response.status];
      if (!entry || new URL(request.url).pathname !== graphqlEndpoint || response.headers.get('content-type')) return;
      setResponse(refusalResponse(fetchAPI.Response, response.status, refusalBody(entry[1], entry[0]), response.headers));
    },
  };
}
